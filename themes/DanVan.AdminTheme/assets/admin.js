// DanVan.AdminTheme: behaviour of the admin pages.
//  - the "☰ Menu" toggle of the admin menu on narrow screens;
//  - dismissible notices;
//  - a WYSIWYG editor (Quill, snow theme) for every <textarea data-html-editor>;
//  - tidy comma-separated values in <input data-tags>;
//  - confirm() before submitting a <form data-confirm="…"> (or through a submit button with data-confirm);
//  - the media library: uploads one file at a time with progress (<form data-media-upload>), the picker popup
//    (?picker=true) that hands a file back to the content editor, "Chọn từ thư viện" for media fields, and
//    "Chèn ảnh" in the HTML editors (a <figure> with the image and its caption), copy buttons.
//  - the content editor (editor/): saves with fetch and a sign-in dialog when the session ended, autosave in the
//    browser, a warning before leaving changes, Ctrl+S, the address preview, dates typed day first, word counts;
//  - list tables as cards on phones (editor/table-cards.js).
// Everything works without this script: the menu is shown, notices stay, textareas take HTML, forms submit.
import Quill from 'quill';
import { initDates } from './editor/dates';
import { initEditorForm } from './editor/editor-form';
import { initTableCards } from './editor/table-cards';

const Delta = Quill.import('delta');
const BlockEmbed = Quill.import('blots/block/embed');
const ICONS = Quill.import('ui/icons');

/**
 * The only formats an editor keeps: whatever else is pasted or loaded (colours, fonts, sizes, loose images…) is
 * dropped. "figure" is the one embed: an image of the media library with its caption (see FigureBlot).
 */
const EDITOR_FORMATS = ['header', 'bold', 'italic', 'underline', 'link', 'list', 'blockquote', 'figure'];
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
  words: (n) => `${n} từ`,
  insertImage: 'Chèn ảnh từ thư viện',
  altPrompt: 'Ảnh này chưa có mô tả. Nhập mô tả ngắn cho người không xem được ảnh (có thể để trống):',
  pickFromLibrary: 'Chọn từ thư viện',
  popupBlocked: 'Trình duyệt đã chặn cửa sổ thư viện media. Hãy cho phép cửa sổ bật lên (pop-up) cho trang này rồi bấm lại.',
  pickNoOpener: 'Không còn trang soạn thảo nào đang chờ chọn tệp. Hãy mở thư viện từ trang soạn thảo.',
  chooseFiles: 'Chọn ít nhất một tệp.',
  uploading: 'Đang tải lên…',
  waiting: 'Đang chờ…',
  uploaded: 'Đã tải lên',
  uploadProgress: 'Tiến độ tải lên',
  reloading: 'Đang tải lại trang để hiện tệp mới…',
  previousUpload: 'Kết quả lần tải lên vừa rồi:',
  uploadSummary: (saved, failed) => `Đã tải lên ${saved} tệp${failed ? `, ${failed} tệp lỗi` : ''}.`,
  tooLarge: (name, mb) => `Tệp “${name}” lớn hơn giới hạn ${mb} MB.`,
  networkError: 'Mất kết nối tới máy chủ. Kiểm tra mạng rồi thử lại.',
  sessionExpired: 'Không tải lên được: phiên đăng nhập có thể đã hết hạn. Hãy tải lại trang rồi thử lại.',
  forbidden: 'Bạn không có quyền tải tệp lên, hoặc phiên đăng nhập đã hết hạn.',
  requestTooLarge: 'Tệp quá lớn so với giới hạn của máy chủ.',
  serverError: (status) => `Không tải lên được (mã lỗi ${status}). Hãy thử lại sau.`,
  copy: 'Sao chép',
  copied: 'Đã sao chép',
  copyFailed: 'Không sao chép được, hãy chọn và sao chép bằng tay.',
};

function onReady(callback) {
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', callback, { once: true });
  } else {
    callback();
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// <figure> in the HTML editor: <figure><img src alt loading="lazy"><figcaption>…</figcaption></figure>

function escapeHtml(value) {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function cleanText(value) {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

/**
 * Figures show images of the media library: a site-relative address ("/hoa-an/media/anh.jpg?width=1024") or an
 * app-relative one ("~/media/anh.jpg?width=1024", resolved against the tenant's path base when the page is shown).
 */
function isSiteRelative(src) {
  return typeof src === 'string' && /^(?:\/(?!\/)|~\/)[^\s\\]*$/.test(src);
}

/** The tenant's path base with a trailing slash ("/hoa-an/"), from the editors' data-media-base ("/hoa-an/media/"). */
let appBase = '/';

function setAppBase(mediaBase) {
  if (mediaBase && /\/media\/?$/.test(mediaBase)) {
    appBase = mediaBase.replace(/media\/?$/, '');
  }
}

/** "~/media/x.jpg" as the browser can load it ("/hoa-an/media/x.jpg"); other addresses unchanged. */
function resolveAppRelative(src) {
  return src.indexOf('~/') === 0 ? appBase + src.slice(2) : src;
}

/** The value of a figure ({ src, alt, caption }, cleaned), or null when it isn't one the editor keeps. */
function figureValue(value) {
  if (!value || typeof value !== 'object' || !isSiteRelative(value.src)) {
    return null;
  }
  return { src: value.src, alt: cleanText(value.alt), caption: cleanText(value.caption) };
}

/**
 * Quill 2 keeps only registered blots, so a figure is its own block embed. It can't be edited inside (the image and
 * caption come from the library); it is selected, moved and deleted as one piece.
 */
class FigureBlot extends BlockEmbed {
  static create(value) {
    const node = super.create();
    const figure = figureValue(value) || { src: '', alt: '', caption: '' };
    node.setAttribute('contenteditable', 'false');
    const img = document.createElement('img');
    const shown = resolveAppRelative(figure.src);
    img.setAttribute('src', shown);
    if (shown !== figure.src) {
      // The stored address ("~/media/…") is kept as it was; the editor shows the resolved one.
      img.setAttribute('data-src', figure.src);
    }
    img.setAttribute('alt', figure.alt);
    img.setAttribute('loading', 'lazy');
    node.appendChild(img);
    if (figure.caption) {
      const caption = document.createElement('figcaption');
      caption.textContent = figure.caption;
      node.appendChild(caption);
    }
    return node;
  }

  static value(node) {
    const img = node.querySelector('img');
    const caption = node.querySelector('figcaption');
    return figureValue({
      src: img ? img.getAttribute('data-src') || img.getAttribute('src') : '',
      alt: img ? img.getAttribute('alt') : '',
      caption: caption ? caption.textContent : '',
    });
  }

  /** Used by getSemanticHTML(): the clean markup, without the editor's contenteditable. */
  html() {
    const figure = FigureBlot.value(this.domNode);
    if (!figure) {
      return '';
    }
    const caption = figure.caption ? `<figcaption>${escapeHtml(figure.caption)}</figcaption>` : '';
    return `<figure><img src="${escapeHtml(figure.src)}" alt="${escapeHtml(figure.alt)}" loading="lazy">${caption}</figure>`;
  }
}
FigureBlot.blotName = 'figure';
FigureBlot.tagName = 'FIGURE';
Quill.register(FigureBlot);

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
      } else if (message && !form.querySelector('input[name="confirmed"]')) {
        // Asked here: the server's own confirmation page (for browsers without this script) is skipped.
        const confirmed = document.createElement('input');
        confirmed.type = 'hidden';
        confirmed.name = 'confirmed';
        confirmed.value = 'true';
        form.appendChild(confirmed);
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

/** "Chèn ảnh": not a Quill format button (no ql- class), so Quill's own image handler never runs. */
function createImageButton() {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'html-editor__image';
  button.setAttribute('aria-label', TEXT.insertImage);
  button.title = TEXT.insertImage;
  button.innerHTML = ICONS.image;
  const svg = button.querySelector('svg');
  if (svg) {
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
  }
  return button;
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
 * this matcher makes that explicit, drops embeds (images, videos) except figures of the media library, maps h1 to h2
 * and h4–h6 to h3, and check lists to bullet lists.
 */
function keepAllowedFormats(node, delta) {
  const cleaned = new Delta();
  delta.ops.forEach((op) => {
    if (op.insert !== undefined && typeof op.insert !== 'string') {
      const figure = op.insert && op.insert.figure ? figureValue(op.insert.figure) : null;
      if (figure) {
        cleaned.insert({ figure });
      }
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
  const pickerUrl = textarea.getAttribute('data-picker-url');
  const mediaBase = textarea.getAttribute('data-media-base') || '/media/';
  // Before the content is loaded: figures stored as "~/media/…" are shown under the tenant's path base.
  setAppBase(textarea.getAttribute('data-media-base'));
  const imageButton = pickerUrl && !(textarea.disabled || textarea.readOnly) ? createImageButton() : null;
  if (imageButton) {
    // Before "Xóa định dạng", the last group.
    toolbar.insertBefore(createGroup(imageButton), toolbar.lastChild);
  }
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
  if (imageButton) {
    // New figures and links are stored under data-media-stored-base when given ("~/media/"), else data-media-base.
    const storedBase = textarea.getAttribute('data-media-stored-base') || mediaBase;
    imageButton.addEventListener('click', () => {
      openMediaPicker(pickerUrl, (pick) => insertMedia(quill, storedBase, pick));
    });
  }

  // Initial content from the textarea, through the same clipboard conversion (and matcher) as a paste.
  const initial = textarea.value;
  if (initial.trim() !== '') {
    quill.setContents(quill.clipboard.convert({ html: initial }), Quill.sources.SILENT);
  }
  quill.history.clear();

  // The textarea stays in the form (hidden) and carries the HTML; "required" moves to the editor.
  const required = textarea.required;
  textarea.required = false;
  if (required || textarea.getAttribute('aria-required') === 'true') {
    editorRoot.setAttribute('aria-required', 'true');
  }
  textarea.hidden = true;
  const counter = textarea.hasAttribute('data-word-count') ? createWordCount(wrapper) : null;
  const countWords = () => {
    if (counter) {
      const words = quill.getText().trim().split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
      counter.textContent = TEXT.words(words.length);
    }
  };
  countWords();
  // A restored draft (autosave) puts new HTML into the textarea: show it.
  textarea.addEventListener('danvan:value-set', () => {
    quill.setContents(quill.clipboard.convert({ html: textarea.value }), Quill.sources.SILENT);
    countWords();
  });

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
    const html = editorHtml(quill);
    if (textarea.value !== html) {
      textarea.value = html;
      // For the form's listeners (autosave, unsaved-changes warning): toolbar changes fire no input event of their own.
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    }
  };
  quill.on(Quill.events.TEXT_CHANGE, () => {
    clearError();
    countWords();
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

function createWordCount(wrapper) {
  const counter = document.createElement('p');
  counter.className = 'field-hint word-count';
  counter.setAttribute('data-word-count-output', '');
  wrapper.insertAdjacentElement('afterend', counter);
  return counter;
}

function initEditors(root) {
  root.querySelectorAll('textarea[data-html-editor]').forEach(initEditor);
}

// ---------------------------------------------------------------------------------------------------------------------
// Media picker: the library opens in a popup (?picker=true); its "Chọn" buttons post the file to the page that opened
// it, which hands it to whoever asked (a media field, an HTML editor).

const PICK_MESSAGE = 'danvan-media-pick';
const IMAGE_EXTENSIONS = /\.(jpe?g|png|gif|webp)$/i;
let pendingPick = null;

function isImagePath(path) {
  return IMAGE_EXTENSIONS.test(path);
}

/** The site-relative address of a media path under the tenant's media base ("/hoa-an/media/"), segments escaped. */
function mediaUrl(base, path) {
  const prefix = base.charAt(base.length - 1) === '/' ? base : `${base}/`;
  return prefix + path.split('/').map(encodeURIComponent).join('/');
}

function openMediaPicker(url, onPick) {
  if (!url) {
    return;
  }
  const popup = window.open(url, 'danvan-media-picker', 'popup=yes,width=1100,height=760,resizable=yes,scrollbars=yes');
  if (!popup) {
    window.alert(TEXT.popupBlocked);
    return;
  }
  pendingPick = { popup, onPick };
  try {
    popup.focus();
  } catch (error) {
    // Some browsers refuse to focus a window; the popup is open anyway.
  }
}

function listenForPicks() {
  window.addEventListener('message', (event) => {
    if (event.origin !== window.location.origin || !pendingPick) {
      return;
    }
    const data = event.data;
    if (!data || data.type !== PICK_MESSAGE || typeof data.path !== 'string' || data.path === '') {
      return;
    }
    if (event.source && event.source !== pendingPick.popup) {
      return;
    }
    const { onPick } = pendingPick;
    pendingPick = null;
    onPick({
      path: data.path,
      alt: typeof data.alt === 'string' ? data.alt.trim() : '',
      caption: typeof data.caption === 'string' ? data.caption.trim() : '',
    });
  });
}

/** In the HTML editor: an image becomes a figure (1024 px wide variant), a document a link, at the cursor. */
function insertMedia(quill, base, pick) {
  const range = quill.getSelection(true) || { index: Math.max(0, quill.getLength() - 1), length: 0 };
  const url = mediaUrl(base, pick.path);
  if (isImagePath(pick.path)) {
    let alt = pick.alt;
    if (!alt) {
      const typed = window.prompt(TEXT.altPrompt, '');
      alt = typed ? typed.trim() : '';
    }
    quill.insertEmbed(range.index, 'figure', { src: `${url}?width=1024`, alt, caption: pick.caption }, Quill.sources.USER);
    quill.setSelection(range.index + 1, 0, Quill.sources.USER);
  } else {
    const text = pick.alt || pick.path.split('/').pop();
    quill.insertText(range.index, text, { link: url }, Quill.sources.USER);
    quill.setSelection(range.index + text.length, 0, Quill.sources.USER);
  }
  quill.focus();
}

/** A media field (one path a line): the chosen path goes on a new line, unless it is there already. */
function appendMediaPath(textarea, path) {
  const lines = textarea.value.split(/\r?\n/).map((line) => line.trim());
  if (lines.indexOf(path) < 0) {
    const current = textarea.value.replace(/\s+$/, '');
    textarea.value = current ? `${current}\n${path}` : path;
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    textarea.dispatchEvent(new Event('change', { bubbles: true }));
  }
  textarea.focus();
}

function initMediaFields(root) {
  root.querySelectorAll('textarea[data-media-field]').forEach((textarea) => {
    if (textarea.dataset.mediaReady) {
      return;
    }
    textarea.dataset.mediaReady = 'true';
    let button = textarea.nextElementSibling;
    if (!button || !button.matches('[data-media-picker]')) {
      const url = textarea.getAttribute('data-picker-url');
      if (!url) {
        return;
      }
      button = document.createElement('button');
      button.type = 'button';
      button.className = 'btn btn--small';
      button.setAttribute('data-media-picker', '');
      button.setAttribute('data-picker-url', url);
      button.textContent = TEXT.pickFromLibrary;
      textarea.insertAdjacentElement('afterend', button);
    }
    const label = textarea.labels && textarea.labels.length > 0 ? textarea.labels[0].textContent.trim() : '';
    if (label) {
      button.setAttribute('aria-label', `${button.textContent.trim()}: ${label}`);
    }
    button.addEventListener('click', () => {
      const url = button.getAttribute('data-picker-url') || textarea.getAttribute('data-picker-url');
      openMediaPicker(url, (pick) => appendMediaPath(textarea, pick.path));
    });
  });
}

/** In the picker popup: "Chọn" posts the file to the opener (same origin only) and closes the popup. */
function initPickButtons(root) {
  const opener = window.opener && !window.opener.closed ? window.opener : null;
  if (opener && root.querySelector('[data-media-picker-page]')) {
    document.documentElement.classList.add('media-picker-window');
  }
  root.querySelectorAll('[data-pick-path]').forEach((button) => {
    if (button.dataset.ready) {
      return;
    }
    button.dataset.ready = 'true';
    button.addEventListener('click', () => {
      const target = window.opener && !window.opener.closed ? window.opener : null;
      if (!target) {
        window.alert(TEXT.pickNoOpener);
        return;
      }
      target.postMessage(
        {
          type: PICK_MESSAGE,
          path: button.getAttribute('data-pick-path') || '',
          alt: button.getAttribute('data-pick-alt') || '',
          caption: button.getAttribute('data-pick-caption') || '',
        },
        window.location.origin,
      );
      window.close();
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// Media uploads: one file per request, each with its progress bar and its result; the page reloads when something
// was saved, and shows the results again after the reload.

const UPLOAD_REPORT_KEY = 'danvan-media-upload-report';

function uploadErrorFor(status) {
  if (status === 0) {
    return TEXT.networkError;
  }
  if (status === 401 || status === 403) {
    return TEXT.forbidden;
  }
  if (status === 413) {
    return TEXT.requestTooLarge;
  }
  if (status >= 200 && status < 300) {
    // A sign-in page instead of JSON: the session ended.
    return TEXT.sessionExpired;
  }
  return TEXT.serverError(status);
}

function createUploadItem(list, name) {
  const item = document.createElement('li');
  item.className = 'upload-item';
  const title = document.createElement('span');
  title.className = 'upload-item__name';
  title.textContent = name;
  const bar = document.createElement('progress');
  bar.max = 100;
  bar.value = 0;
  bar.setAttribute('aria-label', `${TEXT.uploadProgress}: ${name}`);
  const status = document.createElement('span');
  status.className = 'upload-item__status';
  status.textContent = TEXT.waiting;
  item.append(title, bar, status);
  list.appendChild(item);
  return { item, bar, status };
}

function showUploadResult(view, ok, messages) {
  view.item.classList.add(ok ? 'upload-item--done' : 'upload-item--error');
  if (ok) {
    view.bar.value = 100;
  } else {
    view.bar.hidden = true;
  }
  view.status.textContent = messages.join(' ');
}

/** Sends one file; resolves (never rejects) with { name, saved: [paths], errors: [messages] }. */
function uploadFile(form, file, view, maxSize) {
  const name = file.name;
  if (maxSize > 0 && file.size > maxSize) {
    const errors = [TEXT.tooLarge(name, Math.floor(maxSize / (1024 * 1024)))];
    showUploadResult(view, false, errors);
    return Promise.resolve({ name, saved: [], errors });
  }

  return new Promise((resolve) => {
    const data = new FormData();
    const token = form.querySelector('input[name="__RequestVerificationToken"]');
    if (token) {
      data.append('__RequestVerificationToken', token.value);
    }
    const folder = form.querySelector('input[name="folder"]');
    data.append('folder', folder ? folder.value : '');
    data.append('files', file, name);

    const finish = (saved, errors) => {
      const messages = saved.map((path) => `${TEXT.uploaded}: ${path}.`).concat(errors);
      showUploadResult(view, saved.length > 0, messages);
      resolve({ name, saved, errors });
    };

    const xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) {
        view.bar.value = Math.min(100, Math.round((event.loaded / event.total) * 100));
      }
    });
    xhr.addEventListener('load', () => {
      let body = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch (error) {
        body = null;
      }
      if (!body || typeof body !== 'object') {
        finish([], [uploadErrorFor(xhr.status)]);
        return;
      }
      const saved = Array.isArray(body.saved) ? body.saved.map(String) : [];
      let errors = Array.isArray(body.errors) ? body.errors.map(String) : [];
      if (saved.length === 0 && errors.length === 0) {
        errors = [uploadErrorFor(xhr.status)];
      }
      finish(saved, errors);
    });
    xhr.addEventListener('error', () => finish([], [TEXT.networkError]));
    xhr.addEventListener('abort', () => finish([], [TEXT.networkError]));
    xhr.addEventListener('timeout', () => finish([], [TEXT.networkError]));
    view.status.textContent = TEXT.uploading;
    xhr.send(data);
  });
}

function renderUploadReport(area, report) {
  const heading = document.createElement('p');
  heading.className = 'upload-report__title';
  heading.textContent = TEXT.previousUpload;
  const list = document.createElement('ul');
  list.className = 'upload-list';
  report.forEach((entry) => {
    const item = document.createElement('li');
    item.className = `upload-item ${entry.ok ? 'upload-item--done' : 'upload-item--error'}`;
    const title = document.createElement('span');
    title.className = 'upload-item__name';
    title.textContent = entry.name;
    const status = document.createElement('span');
    status.className = 'upload-item__status';
    status.textContent = entry.messages.join(' ');
    item.append(title, status);
    list.appendChild(item);
  });
  area.append(heading, list);
}

function takeUploadReport() {
  try {
    const raw = window.sessionStorage.getItem(UPLOAD_REPORT_KEY);
    window.sessionStorage.removeItem(UPLOAD_REPORT_KEY);
    const report = raw ? JSON.parse(raw) : null;
    return report && report.url === window.location.href && Array.isArray(report.items) ? report.items : null;
  } catch (error) {
    return null;
  }
}

function keepUploadReport(items) {
  try {
    window.sessionStorage.setItem(UPLOAD_REPORT_KEY, JSON.stringify({ url: window.location.href, items }));
  } catch (error) {
    // Private mode or full storage: the results just aren't shown again after the reload.
  }
}

function hasFiles(event) {
  return !!event.dataTransfer && Array.from(event.dataTransfer.types || []).indexOf('Files') >= 0;
}

function initUploadForm(form) {
  if (form.dataset.ready) {
    return;
  }
  form.dataset.ready = 'true';
  const input = form.querySelector('input[type="file"]');
  const zone = form.querySelector('[data-dropzone]') || form;
  const area = form.querySelector('[data-upload-progress]');
  if (!input || !area) {
    return;
  }
  const maxSize = Number(form.getAttribute('data-max-size')) || 0;
  let busy = false;

  // Choosing or dropping files uploads them at once; the button is for browsers without this script.
  const submitButton = form.querySelector('[data-upload-submit]');
  if (submitButton) {
    submitButton.hidden = true;
  }

  const previous = takeUploadReport();
  if (previous && previous.length > 0) {
    renderUploadReport(area, previous);
  }

  const start = (fileList) => {
    const files = Array.from(fileList || []);
    if (busy) {
      return;
    }
    area.textContent = '';
    if (files.length === 0) {
      const message = document.createElement('p');
      message.className = 'field-error';
      message.textContent = TEXT.chooseFiles;
      area.appendChild(message);
      return;
    }
    busy = true;
    form.classList.add('is-uploading');
    form.setAttribute('aria-busy', 'true');
    const list = document.createElement('ul');
    list.className = 'upload-list';
    area.appendChild(list);
    const views = files.map((file) => createUploadItem(list, file.name));
    const results = [];
    files
      .reduce(
        (chain, file, i) => chain.then(() => uploadFile(form, file, views[i], maxSize).then((result) => results.push(result))),
        Promise.resolve(),
      )
      .then(() => {
        busy = false;
        form.classList.remove('is-uploading');
        form.removeAttribute('aria-busy');
        input.value = '';
        const savedCount = results.reduce((n, r) => n + r.saved.length, 0);
        const failed = results.filter((r) => r.errors.length > 0).length;
        const summary = document.createElement('p');
        summary.className = 'upload-summary';
        summary.textContent = TEXT.uploadSummary(savedCount, failed);
        area.appendChild(summary);
        if (savedCount > 0) {
          keepUploadReport(
            results.map((r) => ({
              name: r.name,
              ok: r.saved.length > 0 && r.errors.length === 0,
              messages: r.saved.map((path) => `${TEXT.uploaded}: ${path}.`).concat(r.errors),
            })),
          );
          summary.textContent += ` ${TEXT.reloading}`;
          window.setTimeout(() => window.location.reload(), 600);
        }
      });
  };

  input.addEventListener('change', () => start(input.files));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    start(input.files);
  });

  let depth = 0;
  const setOver = (over) => zone.classList.toggle('is-dragover', over);
  zone.addEventListener('dragenter', (event) => {
    if (!hasFiles(event)) {
      return;
    }
    event.preventDefault();
    depth += 1;
    setOver(true);
  });
  zone.addEventListener('dragover', (event) => {
    if (!hasFiles(event)) {
      return;
    }
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  });
  zone.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) {
      setOver(false);
    }
  });
  zone.addEventListener('drop', (event) => {
    if (!hasFiles(event)) {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    depth = 0;
    setOver(false);
    start(event.dataTransfer.files);
  });
  // The label opens the file dialog; so does a click anywhere else on the drop zone.
  zone.addEventListener('click', (event) => {
    if (event.target === zone) {
      input.click();
    }
  });
}

function initUploads(root) {
  const forms = root.querySelectorAll('form[data-media-upload]');
  forms.forEach(initUploadForm);
  if (forms.length > 0 && !document.documentElement.dataset.dropGuard) {
    // A file dropped just beside the drop zone would make the browser leave the page to show it.
    document.documentElement.dataset.dropGuard = 'true';
    document.addEventListener('dragover', (event) => {
      if (hasFiles(event)) {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'none';
      }
    });
    document.addEventListener('drop', (event) => {
      if (hasFiles(event)) {
        event.preventDefault();
      }
    });
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Copy buttons: <button data-copy-target="input-id" hidden> copies the input's value.

function initCopyButtons(root) {
  root.querySelectorAll('[data-copy-target]').forEach((button) => {
    const input = document.getElementById(button.getAttribute('data-copy-target') || '');
    if (!input || button.dataset.ready) {
      return;
    }
    button.dataset.ready = 'true';
    button.hidden = false;
    const status = document.createElement('span');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    button.insertAdjacentElement('afterend', status);
    input.addEventListener('focus', () => input.select());

    let timer = 0;
    const done = (message) => {
      button.textContent = message === TEXT.copied ? TEXT.copied : TEXT.copy;
      status.textContent = message;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        button.textContent = TEXT.copy;
        status.textContent = '';
      }, 2500);
    };
    const fallback = () => {
      input.focus();
      input.select();
      let ok = false;
      try {
        ok = document.execCommand('copy');
      } catch (error) {
        ok = false;
      }
      done(ok ? TEXT.copied : TEXT.copyFailed);
    };
    button.addEventListener('click', () => {
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(input.value).then(() => done(TEXT.copied), fallback);
      } else {
        fallback();
      }
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------------

/** Enhances a container added after the page loaded (the page itself is enhanced on load). */
function enhance(root) {
  initNotices(root);
  initTags(root);
  initEditors(root);
  initMediaFields(root);
  initPickButtons(root);
  initUploads(root);
  initCopyButtons(root);
  initDates(root);
  initTableCards(root);
  root.querySelectorAll('form[data-editor-form]').forEach(initEditorForm);
}

document.documentElement.classList.add('js');
initConfirm();
listenForPicks();
onReady(() => {
  initMenuToggle();
  enhance(document);
});

window.DanVanAdmin = { enhance, normalizeTags, openMediaPicker };
