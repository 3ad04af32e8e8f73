// Anki-style keys on a study card: space shows the answer, 1 to 4 grade it. The page works without this script.
(function () {
  var grades = { '1': 'AGAIN', '2': 'HARD', '3': 'GOOD', '4': 'EASY' };
  var hint = document.getElementById('study-keys');
  if (hint) {
    hint.hidden = false;
  }
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented
        || (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
        || (target && /^(BUTTON|A)$/.test(target.tagName) && event.key === ' ')) {
      return;
    }
    var button = null;
    if (grades[event.key]) {
      button = document.querySelector('.grades button[value="' + grades[event.key] + '"]');
    } else if (event.key === ' ') {
      button = document.querySelector('.reveal button');
    }
    if (button) {
      event.preventDefault();
      button.click();
    }
  });
  var form = document.querySelector('.grades');
  if (form) {
    form.addEventListener('submit', function () {
      window.setTimeout(function () {
        form.querySelectorAll('button').forEach(function (b) { b.disabled = true; });
      }, 0);
    });
    window.addEventListener('pageshow', function () {
      form.querySelectorAll('button').forEach(function (b) { b.disabled = false; });
    });
  }
})();
