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
import { initDates } from './editor/dates';
import { initEditorForm } from './editor/editor-form';
import { initTableCards } from './editor/table-cards';
import { initMediaFields, initPickButtons, listenForPicks, openMediaPicker } from './admin/media-picker';
import { initUploads } from './admin/media-upload';
import { initConfirm, initCopyButtons, initMenuToggle, initNotices, initTags, normalizeTags } from './admin/page';
import { initEditors } from './admin/rich-text';
import { initTenantNameSuggestion } from './admin/tenant-name';

function onReady(callback) {
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', callback, { once: true });
  } else {
    callback();
  }
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
  initTenantNameSuggestion(root);
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
