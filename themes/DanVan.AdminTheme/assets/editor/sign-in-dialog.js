// A sign-in dialog for a save refused because the session ended (401 from the server, see ScriptSignInAnswers.cs):
// the editor stays on the page with everything typed; the user signs in here (the sign-in page's own form, posted
// with its antiforgery token), the page's tokens are renewed for the new session, and the caller sends the save again.

const TEXT = {
  title: 'Phiên đăng nhập đã hết hạn',
  intro: 'Bài đang soạn vẫn còn nguyên trên trang này. Đăng nhập lại để lưu tiếp.',
  user: 'Tên đăng nhập hoặc e-mail',
  password: 'Mật khẩu',
  submit: 'Đăng nhập và lưu',
  cancel: 'Để sau',
  busy: 'Đang đăng nhập…',
  refused: 'Không đăng nhập được: tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang bị khóa.',
  tooMany: 'Thử đăng nhập quá nhiều lần. Hãy đợi một phút rồi thử lại.',
  network: 'Mất kết nối tới máy chủ. Kiểm tra mạng rồi thử lại.',
};

const TOKEN = '__RequestVerificationToken';

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text) {
    node.textContent = text;
  }
  return node;
}

function field(id, label, type, autocomplete) {
  const wrap = element('div', 'form-field');
  const labelNode = element('label', null, label);
  labelNode.htmlFor = id;
  const input = element('input');
  input.id = id;
  input.type = type;
  input.autocomplete = autocomplete;
  input.required = true;
  wrap.append(labelNode, input);
  return { wrap, input };
}

function parse(html) {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The antiforgery token of the page at url (GET), or null. */
async function tokenOf(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'text/html' } });
  const input = parse(await response.text()).querySelector(`input[name="${TOKEN}"]`);
  return input ? input.value : null;
}

/** After signing in, the page's forms need tokens of the new session: read from the editor page as served now. */
export async function renewTokens() {
  const token = await tokenOf(window.location.href);
  if (token) {
    document.querySelectorAll(`input[name="${TOKEN}"]`).forEach((input) => {
      input.value = token;
    });
  }
  return !!token;
}

async function signIn(signInUrl, userName, password) {
  const token = await tokenOf(signInUrl);
  const body = new URLSearchParams();
  body.append('UserName', userName);
  body.append('Password', password);
  if (token) {
    body.append(TOKEN, token);
  }
  // A successful sign-in redirects; "manual" keeps that redirect from being followed.
  const response = await fetch(signInUrl, { method: 'POST', body, credentials: 'same-origin', redirect: 'manual' });
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    return null;
  }
  if (response.status === 429) {
    return TEXT.tooMany;
  }
  const summary = parse(await response.text()).querySelector('.validation-summary li, .validation-summary-errors li');
  return (summary && summary.textContent.trim()) || TEXT.refused;
}

let dialog = null;

function build() {
  const node = element('dialog', 'signin-dialog');
  node.setAttribute('aria-labelledby', 'signin-dialog-title');
  const form = element('form', 'signin-dialog__form');
  form.noValidate = true;
  const title = element('h2', null, TEXT.title);
  title.id = 'signin-dialog-title';
  const error = element('p', 'field-error');
  error.setAttribute('role', 'alert');
  error.hidden = true;
  const user = field('signin-dialog-user', TEXT.user, 'text', 'username');
  const password = field('signin-dialog-password', TEXT.password, 'password', 'current-password');
  const actions = element('div', 'form-actions');
  const submit = element('button', 'btn btn--primary', TEXT.submit);
  submit.type = 'submit';
  const cancel = element('button', 'btn', TEXT.cancel);
  cancel.type = 'button';
  actions.append(submit, cancel);
  form.append(title, element('p', null, TEXT.intro), error, user.wrap, password.wrap, actions);
  node.appendChild(form);
  document.body.appendChild(node);
  return { node, form, error, user: user.input, password: password.input, submit, cancel };
}

/** Shows the dialog; resolves true once signed in again (tokens renewed), false when the user closes it. */
export function askToSignIn(signInUrl) {
  if (!dialog) {
    dialog = build();
  }
  const d = dialog;
  d.error.hidden = true;
  d.password.value = '';
  return new Promise((resolve) => {
    const finish = (ok) => {
      d.form.removeEventListener('submit', onSubmit);
      d.cancel.removeEventListener('click', onCancel);
      d.node.removeEventListener('cancel', onCancel);
      if (d.node.open) {
        d.node.close();
      }
      resolve(ok);
    };
    const fail = (message) => {
      d.error.textContent = message;
      d.error.hidden = false;
      d.submit.disabled = false;
      d.submit.textContent = TEXT.submit;
      d.password.focus();
    };
    async function onSubmit(event) {
      event.preventDefault();
      d.submit.disabled = true;
      d.submit.textContent = TEXT.busy;
      try {
        const refused = await signIn(signInUrl, d.user.value.trim(), d.password.value);
        if (refused) {
          fail(refused);
          return;
        }
        await renewTokens();
        d.submit.disabled = false;
        d.submit.textContent = TEXT.submit;
        finish(true);
      } catch (error) {
        fail(TEXT.network);
      }
    }
    function onCancel(event) {
      event.preventDefault();
      finish(false);
    }
    d.form.addEventListener('submit', onSubmit);
    d.cancel.addEventListener('click', onCancel);
    d.node.addEventListener('cancel', onCancel);
    d.node.showModal();
    (d.user.value ? d.password : d.user).focus();
  });
}
