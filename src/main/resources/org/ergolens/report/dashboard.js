(function () {
  'use strict';
  var doc = document;
  doc.documentElement.classList.add('js');

  function key(row, index) {
    var cell = row.cells[index];
    return cell ? cell.getAttribute('data-sort') || '' : '';
  }

  function compare(a, b, numeric) {
    if (a === '' || b === '') {
      return a === b ? 0 : a === '' ? 1 : -1;
    }
    if (numeric) {
      return parseFloat(a) - parseFloat(b);
    }
    return a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' });
  }

  function sortBy(table, th) {
    var index = th.cellIndex;
    var numeric = th.classList.contains('n');
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (r1, r2) {
      var a = key(r1, index);
      var b = key(r2, index);
      if (a === '' || b === '') {
        return compare(a, b, numeric);
      }
      var c = compare(a, b, numeric);
      return ascending ? c : -c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) {
      h.setAttribute('aria-sort', h === th ? (ascending ? 'ascending' : 'descending') : 'none');
    });
  }

  doc.querySelectorAll('table.sortable').forEach(function (table) {
    table.tHead.querySelectorAll('button.sort').forEach(function (button) {
      button.addEventListener('click', function () {
        sortBy(table, button.closest('th'));
      });
    });
  });

  var box = doc.getElementById('dept-filter');
  var status = doc.getElementById('dept-filter-status');
  if (box) {
    box.closest('.filter').hidden = false;
    box.addEventListener('input', function () {
      var q = box.value.trim().toLowerCase();
      var units = {};
      var shown = {};
      doc.querySelectorAll('[data-filter]').forEach(function (el) {
        var f = el.getAttribute('data-filter');
        var match = q === '' || f.indexOf(q) >= 0;
        el.classList.toggle('filtered-out', !match);
        units[f] = true;
        if (match) {
          shown[f] = true;
        }
      });
      if (status) {
        status.textContent = q === '' ? ''
          : Object.keys(shown).length + ' of ' + Object.keys(units).length + ' departments match';
      }
    });
  }

  var opened = [];
  window.addEventListener('beforeprint', function () {
    doc.querySelectorAll('details:not([open])').forEach(function (d) {
      d.open = true;
      opened.push(d);
    });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
}());
