// "Check your situation": reads the precomputed checks under api/v1/checks/ and renders them.
// Every string from the data is inserted with textContent, never as HTML.
(function () {
  function base() {
    var config = document.getElementById("__config");
    var root = config ? JSON.parse(config.textContent).base : ".";
    return new URL(root.replace(/\/?$/, "/") + "api/v1/checks/", location.href);
  }
  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = text; }
    if (cls) { node.className = cls; }
    return node;
  }
  var cache = {};
  function load(name) {
    if (!cache[name]) {
      cache[name] = fetch(new URL(name, base())).then(function (r) {
        if (!r.ok) { throw new Error("could not load " + name); }
        return r.json();
      });
    }
    return cache[name];
  }
  var labels = {applies: "Applies", does_not_apply: "Does not apply", depends: "Depends", not_in_force: "Not in force"};

  function renderCitizenship(out, table, serveCode, dual) {
    var state = table.serve_in[serveCode];
    if (!state) {
      out.appendChild(el("p", "No check is recorded for " + table.name + " and this state."));
      return;
    }
    var situation = table.situations[dual ? state.dual : state.sole];
    var named = function (text) { return text.split(table.placeholder).join(state.name); };
    out.appendChild(el("h2", "As a citizen of " + table.name));
    var needs = {true: "Yes", false: "No", null: "It depends"}[String(situation.needs_authorization)];
    var auth = el("p", "Authorization needed: " + needs +
      (situation.authorities.length ? " — " + situation.authorities.join("; ") : ""), "lr-needs");
    out.appendChild(auth);
    var list = el("ul", null, "lr-findings");
    situation.outcomes.forEach(function (o) {
      var facts = table.rules[o.rule];
      var item = el("li", null, "lr-finding lr-" + o.applicability);
      item.appendChild(el("strong", labels[o.applicability] + ": "));
      item.appendChild(el("span", facts.summary));
      item.appendChild(el("div", "Why: " + named(o.reason), "lr-reason"));
      if (o.applicability === "applies" || o.applicability === "depends") {
        facts.penalties.forEach(function (p) { item.appendChild(el("div", "Penalty " + p)); });
      }
      item.appendChild(el("div", "Rests on: " + facts.citations.join("; "), "lr-citations"));
      item.appendChild(el("div", "Confidence: " + facts.confidence.replace(/_/g, " "), "lr-confidence"));
      list.appendChild(item);
    });
    out.appendChild(list);
    return {state: state, situation: situation, table: table, named: named};
  }

  function render() {
    var out = document.getElementById("lr-result");
    var citizen = document.getElementById("lr-citizen").value;
    var other = document.getElementById("lr-other").value;
    var serve = document.getElementById("lr-serve").value;
    var dual = document.getElementById("lr-dual").checked;
    if (!citizen || !serve) { return; }
    var wanted = [citizen].concat(other && other !== citizen ? [other] : []);
    Promise.all(wanted.map(function (c) { return load(c.toLowerCase() + ".json"); })).then(function (tables) {
      out.textContent = "";
      out.appendChild(el("p", "The law on " + tables[0].as_of + ".", "lr-date"));
      var first = null;
      tables.forEach(function (table) {
        var shown = renderCitizenship(out, table, serve, dual || table.citizenship === serve);
        first = first || shown;
      });
      if (first && first.state.inbound.length) {
        out.appendChild(el("h2", first.state.name + "'s rules for foreigners"));
        var inbound = el("ul");
        first.state.inbound.forEach(function (o) {
          var facts = tables[0].rules[o.rule];
          var item = el("li", facts.summary);
          facts.terms.forEach(function (t) { item.appendChild(el("div", t)); });
          item.appendChild(el("div", "Rests on: " + facts.citations.join("; "), "lr-citations"));
          inbound.appendChild(item);
        });
        out.appendChild(inbound);
      }
      if (first) {
        first.table.international.forEach(function (o) {
          var facts = first.table.rules[o.rule];
          out.appendChild(el("h2", "International law"));
          out.appendChild(el("p", first.named(o.reason) + " (" + facts.citations.join("; ") + ")"));
        });
        out.appendChild(el("h2", "Caveats"));
        var caveats = el("ul");
        first.situation.caveats.forEach(function (c) { caveats.appendChild(el("li", first.named(c))); });
        out.appendChild(caveats);
      }
      out.appendChild(el("p", tables[0].notice, "lr-notice"));
    }).catch(function (error) { out.textContent = String(error); });
  }

  function option(select, value, text) {
    var node = el("option", text);
    node.value = value;
    select.appendChild(node);
  }

  document$.subscribe(function () {
    var citizen = document.getElementById("lr-citizen");
    if (!citizen) { return; }
    var other = document.getElementById("lr-other");
    var serve = document.getElementById("lr-serve");
    load("index.json").then(function (index) {
      option(other, "", "—");
      index.citizenships.forEach(function (c) {
        option(citizen, c.code, c.name);
        option(other, c.code, c.name);
      });
      var update = function () {
        load(citizen.value.toLowerCase() + ".json").then(function (table) {
          var previous = serve.value;
          serve.textContent = "";
          Object.keys(table.serve_in).sort(function (a, b) {
            return table.serve_in[a].name.localeCompare(table.serve_in[b].name);
          }).forEach(function (code) { option(serve, code, table.serve_in[code].name); });
          if (previous && table.serve_in[previous]) { serve.value = previous; }
          else if (table.serve_in.UA) { serve.value = "UA"; }
          render();
        });
      };
      citizen.addEventListener("change", update);
      [other, serve, document.getElementById("lr-dual")].forEach(function (c) { c.addEventListener("change", render); });
      update();
    });
  });
})();
