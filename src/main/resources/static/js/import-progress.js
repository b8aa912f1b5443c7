// Keeps an import's progress page current: polls the job's JSON every second while it runs, and
// reloads the page once it has ended (to show the summary and the rejections). Without this script
// the page offers a refresh link instead.
(function () {
  'use strict';
  var job = document.querySelector('.import-job[data-status-url]');
  if (!job || job.getAttribute('data-finished') === 'true') {
    return;
  }
  var url = job.getAttribute('data-status-url');
  var numbers = new Intl.NumberFormat(document.documentElement.lang || undefined);
  var stateField = job.querySelector('[data-field="state"]');
  var labels = (stateField.getAttribute('data-labels') || '').split('|');
  var states = ['QUEUED', 'RUNNING', 'DONE', 'FAILED'];
  var bar = document.getElementById('import-progress');
  var refresh = job.querySelector('.refresh-link');
  if (refresh) {
    refresh.hidden = true;
  }
  function set(name, text) {
    var field = job.querySelector('[data-field="' + name + '"]');
    if (field) {
      field.textContent = text;
    }
  }
  function poll() {
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (status) {
        stateField.textContent = labels[states.indexOf(status.state)] || status.state;
        set('position', numbers.format(status.position));
        set('total', status.total > 0 ? numbers.format(status.total) : '—');
        set('committed', numbers.format(status.committed));
        set('rate', numbers.format(status.rate));
        set('rejected', numbers.format(status.rejected));
        if (status.percent >= 0) {
          bar.value = status.percent;
          set('percent', status.percent + ' %');
        }
        if (status.state === 'DONE' || status.state === 'FAILED') {
          window.location.reload();
          return;
        }
        window.setTimeout(poll, 1000);
      })
      .catch(function () {
        if (refresh) {
          refresh.hidden = false;
        }
      });
  }
  window.setTimeout(poll, 1000);
}());
