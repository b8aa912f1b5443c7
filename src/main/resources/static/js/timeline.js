/*
 * The partner timeline as a visual axis: progressive enhancement of the ordered list
 * (ol.timeline[data-timeline]) that every reader gets without JavaScript. Each event becomes a
 * marker on one time axis; the markers form a single tab stop, moved between with the arrow keys,
 * Home and End (roving tabindex); the focused or hovered event is described in a live caption and
 * highlighted in the list. Served from the jar, no inline script: the Content-Security-Policy
 * allows scripts from 'self' only.
 */
(function () {
  'use strict';

  function dayNumber(iso) {
    var parts = iso.split('-');
    return Date.UTC(+parts[0], +parts[1] - 1, +parts[2]) / 86400000;
  }

  function enhance(list) {
    var items = Array.prototype.slice.call(list.querySelectorAll('li'));
    var events = items.map(function (item, index) {
      var time = item.querySelector('time');
      var link = item.querySelector('a');
      var kind = item.querySelector('.timeline-kind');
      if (!item.id) {
        item.id = 'timeline-entry-' + (index + 1);
      }
      return {
        item: item,
        iso: time ? time.getAttribute('datetime') : null,
        date: time ? time.textContent.trim() : '',
        kind: kind ? kind.textContent.trim() : '',
        kindClass: (item.className.match(/timeline-([a-z-]+)/) || [null, 'other'])[1],
        title: (link || item).textContent.replace(/\s+/g, ' ').trim(),
        href: link ? link.getAttribute('href') : '#' + item.id
      };
    }).filter(function (e) { return e.iso; });
    if (events.length === 0) {
      return;
    }
    var days = events.map(function (e) { return dayNumber(e.iso); });
    var first = Math.min.apply(null, days);
    var last = Math.max.apply(null, days);
    var span = Math.max(last - first, 1);

    var figure = document.createElement('div');
    figure.className = 'timeline-visual';
    var axis = document.createElement('div');
    axis.className = 'timeline-axis';
    axis.setAttribute('role', 'group');
    axis.setAttribute('aria-label', list.getAttribute('data-axis-label') || 'Timeline');
    var caption = document.createElement('p');
    caption.className = 'timeline-caption';
    caption.setAttribute('aria-live', 'polite');
    caption.textContent = list.getAttribute('data-axis-hint') || '';

    // year ticks
    var firstYear = new Date(first * 86400000).getUTCFullYear();
    var lastYear = new Date(last * 86400000).getUTCFullYear();
    var step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 12));
    for (var year = firstYear; year <= lastYear + 1; year += step) {
      var at = (Date.UTC(year, 0, 1) / 86400000 - first) / span;
      if (at < 0 || at > 1) {
        continue;
      }
      var tick = document.createElement('span');
      tick.className = 'timeline-tick';
      tick.setAttribute('aria-hidden', 'true');
      tick.style.left = (at * 100).toFixed(2) + '%';
      tick.textContent = String(year);
      axis.appendChild(tick);
    }

    // markers, oldest first, so that the arrow keys follow time
    var order = events.slice().sort(function (a, b) { return dayNumber(a.iso) - dayNumber(b.iso); });
    var lanes = {};
    var markers = order.map(function (event, index) {
      var marker = document.createElement('a');
      marker.className = 'timeline-marker timeline-marker-' + event.kindClass;
      marker.href = event.href;
      marker.setAttribute('aria-label', event.date + ' — ' + event.kind + ': ' + event.title);
      marker.setAttribute('data-entry', event.item.id);
      marker.tabIndex = (index === order.length - 1) ? 0 : -1;
      var position = (dayNumber(event.iso) - first) / span;
      // events close together go one above the other
      var slot = Math.round(position * 60);
      var lane = lanes[slot] = (lanes[slot] === undefined) ? 0 : lanes[slot] + 1;
      marker.style.left = (position * 100).toFixed(2) + '%';
      marker.style.bottom = (1.6 + (lane % 4) * 0.9) + 'rem';
      axis.appendChild(marker);
      return marker;
    });

    function show(marker) {
      items.forEach(function (item) { item.classList.remove('timeline-current'); });
      var entry = document.getElementById(marker.getAttribute('data-entry'));
      if (entry) {
        entry.classList.add('timeline-current');
      }
      caption.textContent = marker.getAttribute('aria-label');
    }

    function move(to) {
      markers.forEach(function (m) { m.tabIndex = -1; });
      markers[to].tabIndex = 0;
      markers[to].focus();
    }

    markers.forEach(function (marker, index) {
      marker.addEventListener('focus', function () { show(marker); });
      marker.addEventListener('mouseenter', function () { show(marker); });
      marker.addEventListener('keydown', function (event) {
        var to = null;
        if (event.key === 'ArrowRight' || event.key === 'ArrowDown') {
          to = Math.min(index + 1, markers.length - 1);
        } else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') {
          to = Math.max(index - 1, 0);
        } else if (event.key === 'Home') {
          to = 0;
        } else if (event.key === 'End') {
          to = markers.length - 1;
        }
        if (to !== null) {
          event.preventDefault();
          move(to);
        }
      });
    });

    figure.appendChild(axis);
    figure.appendChild(caption);
    list.parentNode.insertBefore(figure, list);
    list.classList.add('timeline-enhanced');
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('ol.timeline[data-timeline]'), enhance);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
