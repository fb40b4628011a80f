// Sortable tables (vendored tablesort) and the row filter, re-applied on every instant-navigation page load.
document$.subscribe(function () {
  document.querySelectorAll("article table:not([class])").forEach(function (table) {
    new Tablesort(table);
  });
  document.querySelectorAll("input[data-filter-table]").forEach(function (input) {
    var container = document.getElementById(input.getAttribute("data-filter-table"));
    if (!container) { return; }
    input.addEventListener("input", function () {
      var query = input.value.trim().toLowerCase();
      container.querySelectorAll("tbody tr").forEach(function (row) {
        row.hidden = query !== "" && row.textContent.toLowerCase().indexOf(query) === -1;
      });
    });
  });
});
