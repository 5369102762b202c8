// Hako's pages: CSRF token on every htmx request, and small behaviours without inline scripts.
document.addEventListener('htmx:configRequest', function (e) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    e.detail.headers[header.content] = token.content;
  }
});
// An htmx request the server refused shows its message instead of failing silently.
document.addEventListener('htmx:responseError', function (e) {
  var box = document.getElementById('flash');
  if (box) {
    box.textContent = e.detail.xhr.responseText && e.detail.xhr.responseText.length < 400
      ? e.detail.xhr.responseText : ('HTTP ' + e.detail.xhr.status);
    box.hidden = false;
  }
});
// Elements with data-close remove the element they name (dialogs, panels).
document.addEventListener('click', function (e) {
  var t = e.target.closest('[data-close]');
  if (t) {
    var el = document.getElementById(t.getAttribute('data-close'));
    if (el) { el.innerHTML = ''; }
  }
});
