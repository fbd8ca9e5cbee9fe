import Quill from 'quill';
import { TEXT } from './text';

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

export function openMediaPicker(url, onPick) {
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

export function listenForPicks() {
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
export function insertMedia(quill, base, pick) {
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

export function initMediaFields(root) {
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
export function initPickButtons(root) {
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
