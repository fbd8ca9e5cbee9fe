// HTML editor (Quill 2) for every <textarea data-html-editor>.
import Quill from 'quill';
import { insertMedia, openMediaPicker } from './media-picker';
import { editorHtml, improveLinkTooltip, keepAllowedFormats } from './rich-text-content';
import { EDITOR_FORMATS, setAppBase } from './rich-text-figure';
import { createGroup, createImageButton, createToolbar } from './rich-text-toolbar';
import { TEXT } from './text';

let editorCount = 0;

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

export function initEditors(root) {
  root.querySelectorAll('textarea[data-html-editor]').forEach(initEditor);
}
