// The HTML editor's content: pasted and loaded HTML cleaned to the allowed formats, the HTML written back to the
// textarea, and a keyboard-friendly link tooltip.
import { ALLOWED_FORMATS, Delta, figureValue } from './rich-text-figure';
import { TEXT } from './text';

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
export function keepAllowedFormats(node, delta) {
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
export function editorHtml(quill) {
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

export function improveLinkTooltip(quill, wrapper) {
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
