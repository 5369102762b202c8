// Admin pages: a form with data-confirm asks before it is sent (disabling someone locks them out).
document.addEventListener('submit', function (e) {
  var question = e.target.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    e.preventDefault();
  }
});
