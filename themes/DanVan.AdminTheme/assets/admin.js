// DanVan.AdminTheme: behaviour of the admin pages.
//  - the "☰ Menu" toggle of the admin menu on narrow screens;
//  - dismissible notices;
//  - a WYSIWYG editor (Quill, snow theme) for every <textarea data-html-editor>;
//  - tidy comma-separated values in <input data-tags>;
//  - confirm() before submitting a <form data-confirm="…"> (or through a submit button with data-confirm).
// Everything works without this script: the menu is shown, notices stay, textareas take HTML, forms submit.
import Quill from 'quill';

const Delta = Quill.import('delta');

/** The only formats an editor keeps: whatever else is pasted or loaded (colours, fonts, sizes, images…) is dropped. */
const EDITOR_FORMATS = ['header', 'bold', 'italic', 'underline', 'link', 'list', 'blockquote'];
const ALLOWED_FORMATS = new Set(EDITOR_FORMATS);

const TEXT = {
  toolbar: 'Định dạng văn bản',
  blockType: 'Kiểu đoạn văn',
  paragraph: 'Đoạn văn',
  heading2: 'Tiêu đề lớn',
  heading3: 'Tiêu đề nhỏ',
  bold: 'In đậm (Ctrl+B)',
  italic: 'In nghiêng (Ctrl+I)',
  underline: 'Gạch chân (Ctrl+U)',
  link: 'Chèn hoặc sửa liên kết',
  orderedList: 'Danh sách đánh số',
  bulletList: 'Danh sách gạch đầu dòng',
  blockquote: 'Trích dẫn',
  clean: 'Xóa định dạng',
  linkAddress: 'Địa chỉ liên kết',
  linkPlaceholder: 'https://…',
  linkOpen: 'Mở liên kết',
  linkEdit: 'Sửa hoặc lưu liên kết',
  linkRemove: 'Gỡ liên kết',
  required: 'Vui lòng nhập nội dung.',
};

function onReady(callback) {
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', callback, { once: true });
  } else {
    callback();
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Menu toggle

function initMenuToggle() {
  const button = document.querySelector('[data-menu-toggle]');
  const menu = button && document.getElementById(button.getAttribute('aria-controls') || '');
  if (!button || !menu) {
    return;
  }

  const setOpen = (open) => {
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    menu.classList.toggle('is-open', open);
  };

  // The collapsed state exists only while this script runs (html.js); without it the menu is always shown.
  setOpen(false);
  button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
  menu.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true' && button.offsetParent !== null) {
      setOpen(false);
      button.focus();
    }
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// Notices

function initNotices(root) {
  root.querySelectorAll('[data-notice-close]').forEach((button) => {
    const notice = button.closest('.notice');
    if (!notice || button.dataset.ready) {
      return;
    }
    button.dataset.ready = 'true';
    button.hidden = false;
    button.addEventListener('click', () => {
      const list = notice.parentElement;
      notice.remove();
      // Keep the keyboard focus in the page: the next notice's close button, else the main content.
      const next = list && list.querySelector('[data-notice-close]');
      if (next) {
        next.focus();
        return;
      }
      if (list && list.classList.contains('notices') && list.children.length === 0) {
        list.remove();
      }
      const main = document.getElementById('main');
      if (main) {
        main.focus();
      }
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// Confirmation before submitting (delete forms)

function initConfirm() {
  // Capturing on the document runs before any submit handler on the form itself (the editors' copy-back included).
  document.addEventListener(
    'submit',
    (event) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement)) {
        return;
      }
      const submitter = event.submitter;
      const message =
        (submitter && submitter.getAttribute('data-confirm')) || form.getAttribute('data-confirm');
      if (message && !window.confirm(message)) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    },
    true,
  );
}

// ---------------------------------------------------------------------------------------------------------------------
// Tags: a plain comma-separated input, tidied when the user leaves it ("a ,b,, a" -> "a, b").

function normalizeTags(value) {
  const seen = new Set();
  const tags = [];
  value.split(',').forEach((raw) => {
    const tag = raw.replace(/\s+/g, ' ').trim();
    const key = tag.toLocaleLowerCase('vi');
    if (tag && !seen.has(key)) {
      seen.add(key);
      tags.push(tag);
    }
  });
  return tags.join(', ');
}

function initTags(root) {
  root.querySelectorAll('input[data-tags]').forEach((input) => {
    if (input.dataset.ready) {
      return;
    }
    input.dataset.ready = 'true';
    input.addEventListener('change', () => {
      input.value = normalizeTags(input.value);
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// HTML editor (Quill 2)

let editorCount = 0;

function createButton(format, value, label) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `ql-${format}`;
  if (value) {
    button.value = value;
  }
  button.setAttribute('aria-label', label);
  button.setAttribute('aria-pressed', 'false');
  button.title = label;
  return button;
}

function createGroup(...children) {
  const group = document.createElement('span');
  group.className = 'ql-formats';
  children.forEach((child) => group.appendChild(child));
  return group;
}

function createHeaderSelect() {
  const select = document.createElement('select');
  select.className = 'ql-header';
  select.setAttribute('aria-label', TEXT.blockType);
  [
    ['2', TEXT.heading2],
    ['3', TEXT.heading3],
    ['', TEXT.paragraph],
  ].forEach(([value, text]) => {
    const option = document.createElement('option');
    if (value) {
      option.value = value;
    } else {
      // Quill's toolbar treats the option with the "selected" attribute as "no header".
      option.defaultSelected = true;
    }
    option.textContent = text;
    select.appendChild(option);
  });
  return select;
}

function createToolbar(editorId) {
  const toolbar = document.createElement('div');
  toolbar.className = 'html-editor__toolbar';
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', TEXT.toolbar);
  toolbar.setAttribute('aria-controls', editorId);
  toolbar.append(
    createGroup(createHeaderSelect()),
    createGroup(
      createButton('bold', null, TEXT.bold),
      createButton('italic', null, TEXT.italic),
      createButton('underline', null, TEXT.underline),
      createButton('link', null, TEXT.link),
    ),
    createGroup(
      createButton('list', 'ordered', TEXT.orderedList),
      createButton('list', 'bullet', TEXT.bulletList),
      createButton('blockquote', null, TEXT.blockquote),
    ),
    createGroup(createButton('clean', null, TEXT.clean)),
  );
  return toolbar;
}

function clampHeader(level) {
  const n = Number(level);
  if (!n) {
    return null;
  }
  return n <= 2 ? 2 : 3;
}

/**
 * Keeps only the editor's formats in a delta coming from pasted or loaded HTML. Quill converts HTML to its own model
 * and keeps only registered formats, so style="…" and class="…" (Word's mso-* styles, colours, fonts) never survive;
 * this matcher makes that explicit, drops embeds (images, videos), maps h1 to h2 and h4–h6 to h3, and check lists to
 * bullet lists.
 */
function keepAllowedFormats(node, delta) {
  const cleaned = new Delta();
  delta.ops.forEach((op) => {
    if (op.insert !== undefined && typeof op.insert !== 'string') {
      return;
    }
    const attributes = {};
    let hasAttributes = false;
    Object.keys(op.attributes || {}).forEach((name) => {
      if (!ALLOWED_FORMATS.has(name)) {
        return;
      }
      let value = op.attributes[name];
      if (name === 'header') {
        value = clampHeader(value);
      } else if (name === 'list' && value !== 'ordered') {
        value = value ? 'bullet' : null;
      }
      if (value !== null && value !== undefined && value !== false) {
        attributes[name] = value;
        hasAttributes = true;
      }
    });
    const copy = Object.assign({}, op);
    if (hasAttributes) {
      copy.attributes = attributes;
    } else {
      delete copy.attributes;
    }
    cleaned.push(copy);
  });
  return cleaned;
}

/**
 * The editor's content as HTML for the textarea: empty when there is no text; otherwise Quill's semantic HTML, where
 * Quill 2.0.3 writes every space as &nbsp; (which would stop lines from wrapping on the public site): a run of n
 * spaces becomes n-1 non-breaking spaces and one normal space. Typed "&nbsp;" text arrives escaped (&amp;nbsp;), so
 * only real spaces are touched.
 */
function editorHtml(quill) {
  if (quill.getText().trim() === '') {
    return '';
  }
  return quill
    .getSemanticHTML()
    .replace(/(?:&nbsp;)+/g, (run) => '&nbsp;'.repeat(run.length / 6 - 1) + ' ');
}

/** Links typed without a scheme ("www.example.vn/…", "ten@example.vn") would become relative links: add one. */
function normalizeLink(value) {
  const link = value.trim();
  if (!link || /^[a-z][a-z0-9+.-]*:/i.test(link) || /^[/#?.]/.test(link)) {
    return link;
  }
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(link)) {
    return `mailto:${link}`;
  }
  return `https://${link}`;
}

function makeKeyboardButton(element, label) {
  if (!element) {
    return;
  }
  element.setAttribute('role', 'button');
  element.setAttribute('tabindex', '0');
  element.setAttribute('aria-label', label);
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      element.click();
    }
  });
}

function improveLinkTooltip(quill, wrapper) {
  const tooltip = quill.theme && quill.theme.tooltip;
  if (!tooltip || !tooltip.root) {
    return;
  }
  const textbox = tooltip.textbox;
  if (textbox) {
    textbox.setAttribute('data-link', TEXT.linkPlaceholder);
    textbox.setAttribute('aria-label', TEXT.linkAddress);
    // Capturing on the wrapper runs before Quill's own handlers on the textbox and the "save" link.
    const fix = () => {
      textbox.value = normalizeLink(textbox.value);
    };
    wrapper.addEventListener('keydown', (event) => {
      if (event.target === textbox && event.key === 'Enter') {
        fix();
      }
    }, true);
    wrapper.addEventListener('click', (event) => {
      if (event.target instanceof Element && event.target.closest('.ql-action')) {
        fix();
      }
    }, true);
  }
  const preview = tooltip.root.querySelector('a.ql-preview');
  if (preview) {
    preview.setAttribute('aria-label', TEXT.linkOpen);
  }
  makeKeyboardButton(tooltip.root.querySelector('a.ql-action'), TEXT.linkEdit);
  makeKeyboardButton(tooltip.root.querySelector('a.ql-remove'), TEXT.linkRemove);
}

function labelEditor(textarea, editorRoot) {
  editorRoot.setAttribute('role', 'textbox');
  editorRoot.setAttribute('aria-multiline', 'true');

  const label = textarea.labels && textarea.labels.length > 0 ? textarea.labels[0] : null;
  if (label) {
    if (!label.id) {
      label.id = `${editorRoot.id}-label`;
    }
    editorRoot.setAttribute('aria-labelledby', label.id);
    return label;
  }
  const ariaLabel = textarea.getAttribute('aria-label') || textarea.getAttribute('title');
  if (ariaLabel) {
    editorRoot.setAttribute('aria-label', ariaLabel);
  }
  return null;
}

function initEditor(textarea) {
  if (textarea.dataset.editorReady) {
    return;
  }
  textarea.dataset.editorReady = 'true';
  editorCount += 1;
  const editorId = `html-editor-${editorCount}`;

  const wrapper = document.createElement('div');
  wrapper.className = 'html-editor';
  const toolbar = createToolbar(editorId);
  const area = document.createElement('div');
  area.className = 'html-editor__area';
  wrapper.append(toolbar, area);
  textarea.parentNode.insertBefore(wrapper, textarea);

  const quill = new Quill(area, {
    theme: 'snow',
    formats: EDITOR_FORMATS,
    placeholder: textarea.getAttribute('placeholder') || '',
    readOnly: textarea.disabled || textarea.readOnly,
    modules: {
      toolbar: { container: toolbar },
      // Tab and Shift+Tab move the focus in and out of the editor instead of typing a tab (no keyboard trap).
      keyboard: {
        bindings: { tab: false, indent: false, outdent: false, 'remove tab': false },
      },
    },
  });
  quill.clipboard.addMatcher(Node.ELEMENT_NODE, keepAllowedFormats);

  const editorRoot = quill.root;
  editorRoot.id = editorId;
  const label = labelEditor(textarea, editorRoot);
  if (label) {
    label.addEventListener('click', (event) => {
      event.preventDefault();
      quill.focus();
    });
  }
  const describedBy = textarea.getAttribute('aria-describedby');
  if (describedBy) {
    editorRoot.setAttribute('aria-describedby', describedBy);
  }
  const headerLabel = toolbar.querySelector('.ql-header .ql-picker-label');
  if (headerLabel) {
    headerLabel.setAttribute('aria-label', TEXT.blockType);
    headerLabel.title = TEXT.blockType;
  }
  improveLinkTooltip(quill, wrapper);

  // Initial content from the textarea, through the same clipboard conversion (and matcher) as a paste.
  const initial = textarea.value;
  if (initial.trim() !== '') {
    quill.setContents(quill.clipboard.convert({ html: initial }), Quill.sources.SILENT);
  }
  quill.history.clear();

  // The textarea stays in the form (hidden) and carries the HTML; "required" moves to the editor.
  const required = textarea.required;
  textarea.required = false;
  if (required) {
    editorRoot.setAttribute('aria-required', 'true');
  }
  textarea.hidden = true;

  let errorMessage = null;
  const clearError = () => {
    if (errorMessage) {
      errorMessage.remove();
      errorMessage = null;
      editorRoot.removeAttribute('aria-invalid');
      wrapper.classList.remove('html-editor--invalid');
    }
  };

  let timer = 0;
  const sync = () => {
    window.clearTimeout(timer);
    textarea.value = editorHtml(quill);
  };
  quill.on(Quill.events.TEXT_CHANGE, () => {
    clearError();
    window.clearTimeout(timer);
    timer = window.setTimeout(sync, 300);
  });

  const form = textarea.form;
  if (form) {
    form.addEventListener('submit', (event) => {
      sync();
      if (required && textarea.value === '') {
        event.preventDefault();
        if (!errorMessage) {
          errorMessage = document.createElement('p');
          errorMessage.className = 'field-error html-editor__error';
          errorMessage.id = `${editorId}-error`;
          errorMessage.setAttribute('role', 'alert');
          errorMessage.textContent = TEXT.required;
          wrapper.insertAdjacentElement('afterend', errorMessage);
          editorRoot.setAttribute('aria-invalid', 'true');
          wrapper.classList.add('html-editor--invalid');
        }
        quill.focus();
      }
    });
  }
}

function initEditors(root) {
  root.querySelectorAll('textarea[data-html-editor]').forEach(initEditor);
}

// ---------------------------------------------------------------------------------------------------------------------

/** Enhances a container added after the page loaded (the page itself is enhanced on load). */
function enhance(root) {
  initNotices(root);
  initTags(root);
  initEditors(root);
}

document.documentElement.classList.add('js');
initConfirm();
onReady(() => {
  initMenuToggle();
  enhance(document);
});

window.DanVanAdmin = { enhance, normalizeTags };
