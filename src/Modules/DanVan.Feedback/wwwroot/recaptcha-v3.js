// reCAPTCHA v3 on the feedback form and the account forms: before the form is sent, ask Google for a token and put it
// in the hidden field the server checks. The form itself, or a hidden field inside it, carries data-recaptcha-v3 (the
// site key). Buttons that only change the captcha (formaction) are left alone.
(function () {
  'use strict';
  var marker = document.querySelector('[data-recaptcha-v3]');
  var form = marker && marker.closest('form');
  if (!form) {
    return;
  }

  var siteKey = marker.getAttribute('data-recaptcha-v3');
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
