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

  // The unit chooser: one reporting unit, picked by its exact id, beside the whole organisation
  // in every view that shows units. The choice lives in the address as #unit=<id>.
  var chooser = doc.getElementById('unit');
  var status = doc.getElementById('unit-status');
  var clear = doc.getElementById('unit-clear');

  function hashUnit() {
    var m = /^#unit=(.*)$/.exec(window.location.hash);
    if (!m) {
      return null;
    }
    try {
      return decodeURIComponent(m[1]);
    } catch (e) {
      return null;
    }
  }

  function optionFor(id) {
    for (var i = 0; i < chooser.options.length; i++) {
      if (chooser.options[i].value === id) {
        return chooser.options[i];
      }
    }
    return null;
  }

  // Closes up a chart's rows around the ones left showing: each shown row moves up by the rows
  // hidden above it, and the chart gets shorter by the rows hidden in all.
  function closeUp(svg) {
    var step = parseFloat(svg.getAttribute('data-unit-step'));
    if (!svg.hasAttribute('data-view-box')) {
      svg.setAttribute('data-view-box', svg.getAttribute('viewBox'));
    }
    var box = svg.getAttribute('data-view-box').split(/\s+/).map(parseFloat);
    var hidden = 0;
    svg.querySelectorAll('[data-unit]').forEach(function (row) {
      if (row.classList.contains('filtered-out')) {
        hidden++;
      } else if (hidden > 0) {
        row.setAttribute('transform', 'translate(0,' + (-hidden * step) + ')');
      } else {
        row.removeAttribute('transform');
      }
    });
    svg.setAttribute('viewBox', [box[0], box[1], box[2], box[3] - hidden * step].join(' '));
  }

  function show(id) {
    doc.querySelectorAll('[data-unit]').forEach(function (el) {
      el.classList.toggle('filtered-out', id !== '' && el.getAttribute('data-unit') !== id);
    });
    doc.querySelectorAll('svg[data-unit-step]').forEach(closeUp);
    doc.documentElement.classList.toggle('one-unit', id !== '');
    clear.hidden = id === '';
    status.textContent = id === '' ? ''
      : 'Showing ' + optionFor(id).text + ' beside the whole organisation.';
  }

  function choose(id, fromAddress) {
    var known = id !== null && optionFor(id) !== null;
    chooser.value = known ? id : '';
    show(chooser.value);
    if (id !== null && !known) {
      status.textContent = 'This report has no unit "' + id + '": showing all units.';
    }
    if (!fromAddress) {
      var target = chooser.value === '' ? window.location.pathname + window.location.search
        : '#unit=' + encodeURIComponent(chooser.value);
      try {
        window.history.replaceState(null, '', target);
      } catch (e) {
        window.location.hash = chooser.value === '' ? '' : target;
      }
    }
  }

  if (chooser) {
    chooser.closest('.unit-bar').hidden = false;
    chooser.addEventListener('change', function () { choose(chooser.value, false); });
    clear.addEventListener('click', function () { choose('', false); chooser.focus(); });
    window.addEventListener('hashchange', function () {
      var id = hashUnit();
      if (id !== null) {
        choose(id, true);
      }
    });
    var initial = hashUnit();
    if (initial !== null) {
      choose(initial, true);
    }
  }

  var opened = [];
  // A box whose content is wider than the screen says so above it: its shadows alone are easy to
  // miss on a phone.
  var boxes = doc.querySelectorAll('.scroll, .heatmap-box');
  boxes.forEach(function (box) {
    var hint = doc.createElement('p');
    hint.className = 'scroll-hint';
    hint.setAttribute('aria-hidden', 'true');
    hint.textContent = 'Scroll sideways for every column';
    box.parentNode.insertBefore(hint, box);
  });
  function markOverflow() {
    boxes.forEach(function (box) {
      box.previousElementSibling.classList.toggle('shown', box.scrollWidth > box.clientWidth + 1);
    });
  }
  markOverflow();
  window.addEventListener('resize', markOverflow);
  doc.querySelectorAll('details').forEach(function (d) {
    d.addEventListener('toggle', markOverflow);
  });

  // Print is the whole report whatever is chosen on screen.
  window.addEventListener('beforeprint', function () {
    if (chooser && chooser.value !== '') {
      show('');
    }
    doc.querySelectorAll('details:not([open])').forEach(function (d) {
      d.open = true;
      opened.push(d);
    });
  });
  window.addEventListener('afterprint', function () {
    if (chooser) {
      show(chooser.value);
    }
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
}());
