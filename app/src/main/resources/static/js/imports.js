// Import confirmation: changing a file's kind or encoding detects its columns again at once.
document.addEventListener('change', function (e) {
  if (e.target.matches && e.target.matches('select.redetect')) {
    e.target.form.requestSubmit();
  }
});
