// Sortable tables (vendored tablesort), row filters, facets, a row count and a CSV download of the rows shown,
// re-applied on every instant-navigation page load.
document$.subscribe(function () {
  document.querySelectorAll("article table:not([class]), article table.lr-rules").forEach(function (table) {
    new Tablesort(table);
  });

  function apply(tableId) {
    var container = document.getElementById(tableId);
    if (!container) { return; }
    var input = document.querySelector('input[data-filter-table="' + tableId + '"]');
    var query = input ? input.value.trim().toLowerCase() : "";
    var facets = document.querySelectorAll('select[data-facet-table="' + tableId + '"]');
    var rows = container.querySelectorAll("tbody tr");
    var shown = 0;
    rows.forEach(function (row) {
      var visible = query === "" || row.textContent.toLowerCase().indexOf(query) !== -1;
      facets.forEach(function (facet) {
        var wanted = facet.value;
        if (wanted !== "" && row.getAttribute("data-" + facet.getAttribute("data-facet")) !== wanted) {
          visible = false;
        }
      });
      row.hidden = !visible;
      if (visible) { shown += 1; }
    });
    var count = document.getElementById(tableId + "-count");
    if (count) { count.textContent = shown + " of " + rows.length + " rows shown"; }
    var empty = document.getElementById(tableId + "-empty");
    if (empty) { empty.hidden = shown !== 0; }
  }

  var tables = {};
  document.querySelectorAll("[data-filter-table], [data-facet-table]").forEach(function (control) {
    var tableId = control.getAttribute("data-filter-table") || control.getAttribute("data-facet-table");
    tables[tableId] = true;
    control.addEventListener(control.tagName === "SELECT" ? "change" : "input", function () { apply(tableId); });
  });
  Object.keys(tables).forEach(apply);

  function csvCell(text) {
    var value = text.replace(/\s+/g, " ").trim();
    return /[",\n]/.test(value) ? '"' + value.replace(/"/g, '""') + '"' : value;
  }
  document.querySelectorAll("button[data-csv-table]").forEach(function (button) {
    button.addEventListener("click", function () {
      var container = document.getElementById(button.getAttribute("data-csv-table"));
      if (!container) { return; }
      var lines = [];
      container.querySelectorAll("thead tr, tbody tr").forEach(function (row) {
        if (row.hidden) { return; }
        var cells = [];
        row.querySelectorAll("th, td").forEach(function (cell) { cells.push(csvCell(cell.textContent)); });
        lines.push(cells.join(","));
      });
      var blob = new Blob([lines.join("\r\n") + "\r\n"], { type: "text/csv;charset=utf-8" });
      var link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = button.getAttribute("data-csv-table") + ".csv";
      document.body.appendChild(link);
      link.click();
      link.remove();
    });
  });
});
