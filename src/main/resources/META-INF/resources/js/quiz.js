// Progressive enhancement of the quiz page: autosave on change, a retrying "not saved yet" status, a countdown
// that announces 10, 5 and 1 minute left, and a save on leaving the tab. The page works the same without it.
(function () {
  'use strict';
  var form = document.querySelector('form[data-autosave]');
  if (!form) {
    return;
  }
  var status = document.getElementById('save-status');
  var url = form.getAttribute('data-autosave');
  var dirty = false;
  var saving = false;
  var again = false;
  var retry = null;
  var typing = null;

  function show(state, text) {
    if (status && status.getAttribute('data-state') !== state) {
      status.setAttribute('data-state', state);
      status.textContent = text;
    }
  }

  function markAnswered() {
    var current = document.querySelector('.qnav-current');
    var answered = Array.prototype.some.call(form.querySelectorAll('.question input, .question select'), function (input) {
      return (input.type === 'radio' || input.type === 'checkbox') ? input.checked : input.type !== 'hidden' && input.value !== '';
    });
    if (current) {
      current.classList.toggle('qnav-answered', answered);
    }
  }

  function body() {
    return new URLSearchParams(new FormData(form));
  }

  function save() {
    if (saving) {
      again = true;
      return;
    }
    saving = true;
    dirty = false;
    clearTimeout(retry);
    show('saving', 'Saving…');
    fetch(url, { method: 'POST', body: body(), credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (response.status === 409) {
          return response.json().then(function (closed) { window.location.assign(closed.result); });
        }
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        show('saved', 'All answers saved.');
        markAnswered();
      })
      .catch(function () {
        dirty = true;
        show('failed', 'Not saved yet: the connection was lost. Your answers stay here and will be saved when it is back.');
        retry = setTimeout(save, 5000);
      })
      .then(function () {
        saving = false;
        if (again) {
          again = false;
          save();
        }
      });
  }

  show('idle', 'Your answers are saved as you give them.');
  form.addEventListener('change', function () {
    dirty = true;
    save();
  });
  form.addEventListener('input', function (event) {
    if (event.target.type === 'text') {
      dirty = true;
      clearTimeout(typing);
      typing = setTimeout(save, 700);
    }
  });
  window.addEventListener('online', function () {
    if (dirty) {
      save();
    }
  });
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden' && dirty && navigator.sendBeacon) {
      dirty = !navigator.sendBeacon(url, body());
    }
  });
  form.addEventListener('submit', function () {
    dirty = false;
  });

  var timer = document.querySelector('.timer[data-seconds-left]');
  if (!timer) {
    return;
  }
  var value = timer.querySelector('.timer-value');
  var announce = timer.querySelector('.timer-announce');
  var end = Date.now() + Number(timer.getAttribute('data-seconds-left')) * 1000;
  var thresholds = [600, 300, 60].filter(function (t) { return t < Number(timer.getAttribute('data-seconds-left')); });
  var submitted = false;

  function two(n) {
    return (n < 10 ? '0' : '') + n;
  }

  function tick() {
    var left = Math.max(0, Math.round((end - Date.now()) / 1000));
    var hours = Math.floor(left / 3600);
    value.textContent = (hours > 0 ? hours + ':' + two(Math.floor(left % 3600 / 60)) : Math.floor(left / 60)) + ':' + two(left % 60);
    if (thresholds.length && left <= thresholds[0]) {
      var minutes = thresholds.shift() / 60;
      announce.textContent = minutes + (minutes === 1 ? ' minute' : ' minutes') + ' left.';
      timer.classList.add('timer-low');
    }
    if (left === 0 && !submitted) {
      submitted = true;
      announce.textContent = 'Time is up. Your answers are being submitted.';
      var finish = form.querySelector('[formaction$="/submit"]');
      if (finish && form.requestSubmit) {
        form.requestSubmit(finish);
      } else {
        form.setAttribute('action', url.replace(/answers$/, 'submit'));
        form.submit();
      }
      return;
    }
    setTimeout(tick, 1000);
  }
  tick();
})();
