// Live game pages: reload when the game moves on (server-sent events), tick the countdown and announce it
// only at a few thresholds. Without script the page refreshes itself (noscript meta refresh).
(function () {
  'use strict';
  var game = document.getElementById('game');
  if (!game) {
    return;
  }
  var reloading = false;
  function reload() {
    if (!reloading) {
      reloading = true;
      window.location.replace(window.location.pathname);
    }
  }

  if (window.EventSource && game.dataset.events) {
    var events = new EventSource(game.dataset.events);
    var host = game.dataset.follow === 'players';
    var playersPending = false;
    events.onmessage = function (event) {
      if (host && event.data === 'moved') {
        reload();
      } else if (host && event.data === 'players' && !playersPending) {
        // joins and answers come in bursts: show them at most every 1.5 seconds
        playersPending = true;
        window.setTimeout(reload, 1500);
      } else if (event.data === 'moved') {
        // a class reloads at once on every change: spread the players over a fraction of a second
        window.setTimeout(reload, Math.random() * 300);
      }
    };
  } else if (!game.querySelector('.answer-form')) {
    window.setTimeout(reload, 3000);
  }

  var countdown = document.getElementById('countdown');
  var announce = document.getElementById('countdown-announce');
  if (!countdown || countdown.dataset.paused) {
    return;
  }
  var number = countdown.querySelector('.countdown-number');
  var endsAt = Date.now() + Number(countdown.dataset.seconds) * 1000;
  var thresholds = { 10: '10 seconds left', 5: '5 seconds left' };
  var timer = window.setInterval(function () {
    var left = Math.max(0, Math.ceil((endsAt - Date.now()) / 1000));
    number.textContent = String(left);
    if (thresholds[left] && announce) {
      announce.textContent = thresholds[left];
      delete thresholds[left];
    }
    if (left === 0) {
      window.clearInterval(timer);
      if (announce) {
        announce.textContent = 'Time is up';
      }
      window.setTimeout(reload, 700);
    }
  }, 250);
}());
