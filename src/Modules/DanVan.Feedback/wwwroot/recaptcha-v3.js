// reCAPTCHA v3 on the feedback form: before the form is sent, ask Google for a token (action "feedback") and put it
// in the hidden field the server checks. Buttons that only change the captcha (formaction) are left alone.
(function () {
  'use strict';
  var form = document.querySelector('form[data-recaptcha-v3]');
  if (!form) {
    return;
  }

  var siteKey = form.getAttribute('data-recaptcha-v3');
  var field = form.querySelector('input[name="g-recaptcha-response"]');
  var sending = false;
  form.addEventListener('submit', function (event) {
    var submitter = event.submitter;
    if (sending || (submitter && submitter.hasAttribute('formaction')) || !window.grecaptcha) {
      return;
    }

    event.preventDefault();
    window.grecaptcha.ready(function () {
      window.grecaptcha.execute(siteKey, { action: 'feedback' }).then(function (token) {
        field.value = token;
        sending = true;
        form.submit();
      });
    });
  });
})();
