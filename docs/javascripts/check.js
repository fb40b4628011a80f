// "Check your situation": reads the precomputed checks under api/v1/checks/ (computed by legal_ref.assessment,
// the engine behind `legal-ref check`) and shows the answer in force on the chosen date. No verdict is decided
// here: the page only picks the precomputed answer for the citizenships, the serving state and the date.
// Every string from the data is inserted with textContent, never as HTML. The choices live in the URL
// (?citizen=CZ&also=UA&serve=UA&date=2024-01-01), so an answer can be shared.
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
        if (!r.ok) { throw new Error("could not load " + name + " (HTTP " + r.status + ")"); }
        return r.json();
      });
    }
    return cache[name];
  }
  function today() {
    var now = new Date();
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  }
  // The period in force on `day`: the last one starting on or before it (ISO dates compare as strings).
  function inForce(periods, day) {
    var found = null;
    periods.forEach(function (p) { if (p.start === null || p.start <= day) { found = p; } });
    return found;
  }

  var LIVE = {forbidden: 1, permission_needed: 1, nationality_at_risk: 1, depends: 1, unclear: 1};

  function offline(out, status, error) {
    out.textContent = "";
    var box = el("div", null, "admonition warning lr-offline");
    box.appendChild(el("p", "The check could not load its data.", "admonition-title"));
    if (location.protocol === "file:") {
      box.appendChild(el("p", "This page was opened from a file on disk, where the browser does not let it read " +
        "the answers stored beside it. Serve the site (legal-ref site serve, then open http://127.0.0.1:8000/check/) " +
        "or ask the command line: legal-ref check --citizen CZ --serve-in UA."));
    } else {
      box.appendChild(el("p", "Reload the page, or ask the command line: legal-ref check --citizen CZ --serve-in UA. " +
        "(" + String(error && error.message || error) + ")"));
    }
    out.appendChild(box);
    status.textContent = "The check could not load its data.";
  }

  function situationFor(table, period, serve, others) {
    if (table.citizenship === serve) { return table.situations[table.own]; }
    var index = period && (period.serve_in[serve] || period["default"]);
    if (!index) { return null; }
    if (others.indexOf(serve) !== -1) { return table.situations[index[2]]; }
    return table.situations[others.length ? index[1] : index[0]];
  }

  function renderFinding(list, table, index, o, named) {
    var facts = table.rules[o.rule];
    var item = el("li", null, "lr-finding lr-v-" + o.verdict);
    var head = el("p", null, "lr-finding-head");
    var where = facts.citations.length ? " (" + facts.citations[0] + ")" : "";
    head.appendChild(el("strong", (index.topics[facts.topic] || facts.topic) + where + ": " +
      (index.verdicts[o.verdict] || o.verdict)));
    if (facts.confidence === "secondary" || facts.confidence === "unverified") {
      head.appendChild(el("span", facts.confidence + ": not checked against the text of the law", "lr-badge"));
    }
    item.appendChild(head);
    item.appendChild(el("p", facts.summary));
    item.appendChild(el("p", "Why: " + named(o.reason), "lr-reason"));
    o.depends_on.forEach(function (d) { item.appendChild(el("p", "Depends on " + named(d), "lr-reason")); });
    o.not_evaluated.forEach(function (n) {
      item.appendChild(el("p", "Not evaluated, read the rule: " + n, "lr-reason"));
    });
    if (LIVE[o.verdict]) {
      facts.penalties.forEach(function (p) { item.appendChild(el("p", "Penalty: " + p, "lr-reason")); });
    }
    item.appendChild(el("p", "Rests on: " + facts.citations.join("; "), "lr-citations"));
    list.appendChild(item);
  }

  function renderCitizenship(out, index, table, situation, named, cited) {
    var answer = situation.answer;
    var section = el("section", null, "lr-citizenship");
    section.appendChild(el("h2", "As a citizen of " + answer.name));
    var bottom = el("dl", null, "lr-bottom");
    var add = function (term, text, cls) {
      bottom.appendChild(el("dt", term));
      var dd = el("dd", named(text), cls);
      bottom.appendChild(dd);
      return dd;
    };
    var perm = add("Permission", answer.permission_line, "lr-permission lr-p-" + answer.permission);
    answer.steps.forEach(function (step) {
      var how = el("div", null, "lr-apply");
      var app = step.application;
      if (!app) {
        how.appendChild(el("p", step.office + ": " + (step.procedure || "no application procedure recorded")));
      } else {
        how.appendChild(el("p", "How to apply: " + app.office + (app.address ? ", " + app.address : "")));
        if (app.url) {
          var p = el("p", "Official page: ");
          var a = el("a", app.url);
          a.href = app.url;
          p.appendChild(a);
          how.appendChild(p);
        }
        app.documents.forEach(function (d) { how.appendChild(el("p", "Send: " + d)); });
        how.appendChild(el("p", "Lead time: " + (app.lead_time || "not stated by an official source")));
      }
      perm.appendChild(how);
    });
    add("Risk", answer.risk_line, "lr-risk");
    add("Citizenship", answer.citizenship_line, "lr-nationality lr-n-" + answer.nationality);
    section.appendChild(bottom);
    if (answer.remedies.length) {
      section.appendChild(el("h3", "If you already went"));
      var remedies = el("ul");
      answer.remedies.forEach(function (r) {
        var item = el("li", r.date + ": " + r.title + ". " + r.summary);
        remedies.appendChild(item);
      });
      section.appendChild(remedies);
    }
    renderAdvice(section, answer.advice, "Official advice from " + answer.name);
    if (situation.outcomes.length) {
      var details = el("details", null, "lr-details");
      details.appendChild(el("summary", "Details: the rules behind this answer"));
      var list = el("ul", null, "lr-findings");
      var gone = 0;
      situation.outcomes.forEach(function (o) {
        if (!o.in_force && o.verdict !== "unknown") { gone += 1; return; }
        renderFinding(list, table, index, o, named);
        if (o.verdict !== "unknown") { table.rules[o.rule].citations.forEach(function (c) { cited[c] = 1; }); }
      });
      details.appendChild(list);
      if (gone) { details.appendChild(el("p", gone + " rule(s) not in force on that date are not shown.")); }
      section.appendChild(details);
    }
    out.appendChild(section);
    return answer;
  }

  function renderAdvice(parent, advice, title) {
    if (!advice.length) { return; }
    parent.appendChild(el("h3", title));
    var list = el("ul");
    advice.forEach(function (a) {
      var item = el("li");
      var link = el("a", a.title);
      link.href = a.url;
      item.appendChild(link);
      item.appendChild(document.createTextNode(": " + a.about));
      list.appendChild(item);
    });
    parent.appendChild(list);
  }

  function render(state) {
    var out = document.getElementById("lr-result");
    var status = document.getElementById("lr-status");
    var codes = [state.citizen].concat(state.also && state.also !== state.citizen ? [state.also] : []);
    if (!state.citizen || !state.serve) { return; }
    var params = new URLSearchParams({citizen: state.citizen, serve: state.serve, date: state.date});
    if (codes.length > 1) { params.set("also", state.also); }
    history.replaceState(null, "", location.pathname + "?" + params.toString());
    Promise.all([load("index.json"), load("serving.json")].concat(codes.map(function (c) {
      return load(c.toLowerCase() + ".json");
    }))).then(function (loaded) {
      var index = loaded[0], serving = loaded[1], tables = loaded.slice(2);
      var facts = serving.states[state.serve];
      var serveName = facts ? facts.name : (serving.unresearched[state.serve] || state.serve);
      var possessive = /s$/.test(serveName) ? serveName + "'" : serveName + "'s";
      var named = function (text) {
        return String(text).split("{serving_state}'s").join(possessive).split("{serving_state}").join(serveName);
      };
      out.textContent = "";
      out.appendChild(el("p", "Serving in " + possessive + " armed forces, on " + state.date +
        ". The data was last built on " + index.generated_on + ".", "lr-date"));
      var cited = {};
      var lines = [];
      var answers = [];
      tables.forEach(function (table, i) {
        var others = codes.filter(function (_, j) { return j !== i; });
        var situation = situationFor(table, inForce(table.periods, state.date), state.serve, others);
        if (!situation) {
          out.appendChild(el("p", "No check is recorded for " + table.name + " and " + serveName + "."));
          return;
        }
        var answer = renderCitizenship(out, index, table, situation, named, cited);
        answers.push(answer);
        lines.push(answer.name + ". Permission: " + named(answer.permission_line) + " Citizenship: " +
          named(answer.citizenship_line));
      });
      var national = codes.indexOf(state.serve) !== -1;
      var notes = [];
      if (national) { notes.push(named(index.own_forces_note)); }
      if (!facts) {
        notes.push("The law of " + serveName + ", the serving state, is not yet in legal_ref: its own rules " +
          "(on foreigners in its forces, or its duties) are not shown.");
      }
      if (facts) {
        var inbound = national ? null : inForce(facts.inbound, state.date);
        if (inbound && inbound.rules.length) {
          out.appendChild(el("h2", possessive + " rules for foreigners joining its forces"));
          var list = el("ul");
          inbound.rules.forEach(function (uid) {
            var rule = serving.rules[uid];
            var item = el("li", rule.summary);
            if (rule.terms.length) {
              var terms = el("details");
              terms.appendChild(el("summary", "Terms of service (" + rule.terms.length + ")"));
              rule.terms.forEach(function (t) { terms.appendChild(el("p", t, "lr-reason")); });
              item.appendChild(terms);
            }
            item.appendChild(el("p", "Rests on: " + rule.citations.join("; "), "lr-citations"));
            rule.citations.forEach(function (c) { cited[c] = 1; });
            list.appendChild(item);
          });
          out.appendChild(list);
        }
        renderAdvice(out, facts.advice, "Official advice from " + serveName);
      }
      var international = inForce(serving.international, state.date);
      if (international && international.outcomes.length) {
        out.appendChild(el("h2", "International law"));
        var intl = el("ul", null, "lr-findings");
        international.outcomes.forEach(function (o) {
          renderFinding(intl, {rules: serving.rules}, index, o, named);
        });
        out.appendChild(intl);
      }
      answers.forEach(function (answer) { answer.caveats.forEach(function (c) { notes.push(named(c)); }); });
      if (notes.length) {
        out.appendChild(el("h2", "Caveats"));
        var caveats = el("ul");
        notes.filter(function (c, i) { return notes.indexOf(c) === i; }).forEach(function (c) {
          caveats.appendChild(el("li", c));
        });
        out.appendChild(caveats);
      }
      out.appendChild(el("p", index.notice, "lr-notice"));
      var citations = Object.keys(cited);
      if (citations.length) { out.appendChild(el("p", "This answer rests on: " + citations.join("; "), "lr-citations")); }
      status.textContent = lines.join(" ");
    }).catch(function (error) { offline(out, status, error); });
  }

  function option(select, value, text) {
    var node = el("option", text);
    node.value = value;
    select.appendChild(node);
  }

  document$.subscribe(function () {
    var citizen = document.getElementById("lr-citizen");
    if (!citizen) { return; }
    var also = document.getElementById("lr-also");
    var serve = document.getElementById("lr-serve");
    var day = document.getElementById("lr-date");
    var out = document.getElementById("lr-result");
    var status = document.getElementById("lr-status");
    var query = new URLSearchParams(location.search);
    Promise.all([load("index.json"), load("serving.json")]).then(function (loaded) {
      var index = loaded[0], serving = loaded[1];
      var known = {};
      option(also, "", "— none —");
      index.citizenships.forEach(function (c) {
        known[c.code] = true;
        option(citizen, c.code, c.name);
        option(also, c.code, c.name);
      });
      Object.keys(serving.states).sort(function (a, b) {
        return serving.states[a].name.localeCompare(serving.states[b].name);
      }).forEach(function (code) { option(serve, code, serving.states[code].name); });
      var others = document.createElement("optgroup");
      others.label = "Not yet researched (their own law is not shown)";
      Object.keys(serving.unresearched).sort(function (a, b) {
        return serving.unresearched[a].localeCompare(serving.unresearched[b]);
      }).forEach(function (code) { option(others, code, serving.unresearched[code]); });
      serve.appendChild(others);
      if (index.earliest) { day.min = index.earliest; }
      var pick = function (select, value, fallback) {
        value = (value || "").toUpperCase();
        select.value = select.querySelector('option[value="' + value + '"]') ? value : fallback;
      };
      pick(citizen, query.get("citizen"), known.CZ ? "CZ" : index.citizenships[0].code);
      pick(also, query.get("also"), "");
      pick(serve, query.get("serve"), serving.states.UA ? "UA" : Object.keys(serving.states)[0]);
      var wanted = query.get("date");
      day.value = wanted && /^\d{4}-\d{2}-\d{2}$/.test(wanted) ? wanted : today();
      var update = function () {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(day.value)) { return; }
        render({citizen: citizen.value, also: also.value, serve: serve.value, date: day.value});
      };
      [citizen, also, serve, day].forEach(function (c) { c.addEventListener("change", update); });
      update();
    }).catch(function (error) { offline(out, status, error); });
  });
})();
