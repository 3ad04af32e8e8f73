// Tells the server the browser's time zone, used for times on pages until the user chooses one in Settings.
(function () {
  var zone;
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return; }
  if (!zone || zone.length > 64) { return; }
  var current = document.cookie.split('; ').filter(function (c) { return c.indexOf('tz=') === 0; })[0];
  var value = encodeURIComponent(zone);
  if (current !== 'tz=' + value) {
    document.cookie = 'tz=' + value + '; path=/; max-age=31536000; SameSite=Lax';
  }
})();
