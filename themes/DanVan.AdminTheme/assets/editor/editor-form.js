// The content editor's form (form[data-editor-form]): saved with fetch so nothing typed is ever lost —
//  - "Lưu nháp", "Xem trước", "Đăng" and Ctrl+S send the form with Accept: application/json (the server answers
//    JSON: where to go next, or the errors, each shown next to its field);
//  - a 401 (session ended) opens the sign-in dialog and sends the save again once signed in;
//  - an autosaved copy in the browser (autosave.js), and a warning before leaving the page with unsaved changes.
// Without this script the form posts as a plain form and the server renders the same errors next to the fields.
import { initAutosave, formValues, sameValues } from './autosave';
import { askToSignIn } from './sign-in-dialog';
import { initPathPreview } from './path-preview';

const TEXT = {
  saving: 'Đang lưu…',
  invalid: (n) => `Chưa lưu: ${n} lỗi, xem thông báo ở từng ô.`,
  notSignedIn: 'Chưa lưu: cần đăng nhập lại. Bài vẫn được giữ trong trình duyệt này.',
  forbidden: 'Bạn không có quyền lưu nội dung này.',
  failed: (status) => `Không lưu được (mã lỗi ${status}). Bài vẫn được giữ trong trình duyệt này; hãy thử lại.`,
  network: 'Mất kết nối tới máy chủ. Bài vẫn được giữ trong trình duyệt này; hãy thử lại khi có mạng.',
};

function showErrors(form, errors, status) {
  form.querySelectorAll('[data-error-for]').forEach((span) => {
    span.textContent = '';
    span.classList.remove('field-validation-error');
  });
  form.querySelectorAll('[aria-invalid="true"]').forEach((el) => el.removeAttribute('aria-invalid'));
  const summary = form.querySelector('.validation-summary');
  const general = [];
  let first = null;
  errors.forEach(({ field, message }) => {
    const span = field ? form.querySelector(`[data-error-for="${CSS.escape(field)}"]`) : null;
    if (!span) {
      general.push(message);
      return;
    }
    span.textContent = span.textContent ? `${span.textContent} ${message}` : message;
    span.classList.add('field-validation-error');
    const input = form.querySelector(`[name="${CSS.escape(field)}"]`);
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      const shown = input.hidden && input.previousElementSibling ? input.previousElementSibling.querySelector('[contenteditable="true"]') : input;
      first = first || shown || input;
    }
    first = first || span;
  });
  if (summary) {
    summary.textContent = '';
    if (general.length > 0) {
      const list = document.createElement('ul');
      general.forEach((message) => {
        const item = document.createElement('li');
        item.textContent = message;
        list.appendChild(item);
      });
      summary.appendChild(list);
      summary.classList.add('validation-summary-errors');
      first = first || summary;
    }
  }
  status.textContent = TEXT.invalid(errors.length);
  if (first && typeof first.focus === 'function') {
    if (!first.hasAttribute('tabindex') && !/^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(first.tagName) && !first.isContentEditable) {
      first.setAttribute('tabindex', '-1');
    }
    first.focus();
  }
}

export function initEditorForm(form) {
  if (form.dataset.editorReady) {
    return;
  }
  form.dataset.editorReady = 'true';
  const status = form.querySelector('[data-save-status]') || document.createElement('span');
  let initial = formValues(form);
  let leaving = false;
  let busy = false;
  const autosave = initAutosave(form, () => {});
  initPathPreview(form);

  const isDirty = () => !sameValues(formValues(form), initial);
  window.addEventListener('beforeunload', (event) => {
    if (!leaving && isDirty()) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  const send = async (submitter) => {
    const body = new FormData(form);
    if (submitter && submitter.name) {
      body.append(submitter.name, submitter.value);
    }
    return fetch(form.action, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
  };

  const save = async (submitter) => {
    if (busy) {
      return;
    }
    busy = true;
    form.setAttribute('aria-busy', 'true');
    status.textContent = TEXT.saving;
    autosave.saveNow();
    try {
      let response = await send(submitter);
      while (response.status === 401) {
        const answer = await response.json().catch(() => ({}));
        const signIn = answer.signIn || `${window.location.pathname.split('/admin/')[0]}/login`;
        status.textContent = TEXT.notSignedIn;
        if (!(await askToSignIn(signIn))) {
          return;
        }
        status.textContent = TEXT.saving;
        response = await send(submitter);
      }
      const type = response.headers.get('Content-Type') || '';
      const answer = type.indexOf('application/json') >= 0 ? await response.json().catch(() => null) : null;
      if (response.ok && answer && answer.saved && answer.redirect) {
        autosave.clear();
        leaving = true;
        initial = formValues(form);
        window.location.assign(answer.redirect);
        return;
      }
      if (answer && Array.isArray(answer.errors) && answer.errors.length > 0) {
        showErrors(form, answer.errors, status);
        return;
      }
      status.textContent = response.status === 403 ? TEXT.forbidden : TEXT.failed(response.status);
    } catch (error) {
      status.textContent = TEXT.network;
    } finally {
      busy = false;
      form.removeAttribute('aria-busy');
    }
  };

  // On the document, bubbling: after the form's own submit handlers (the HTML editors copy their content into the
  // textareas and may refuse an empty required body) and the confirmation step.
  document.addEventListener('submit', (event) => {
    if (event.target !== form || event.defaultPrevented) {
      return;
    }
    event.preventDefault();
    save(event.submitter || form.querySelector('[data-save-draft]'));
  });

  // Ctrl+S (⌘S): save the draft, anywhere on the page, instead of the browser's "save page as".
  document.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && (event.key === 's' || event.key === 'S')) {
      event.preventDefault();
      const draft = form.querySelector('[data-save-draft]');
      if (typeof form.requestSubmit === 'function') {
        form.requestSubmit(draft);
      } else if (draft) {
        draft.click();
      }
    }
  });
}
