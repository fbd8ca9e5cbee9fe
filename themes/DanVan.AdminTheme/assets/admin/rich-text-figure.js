// The HTML editor's formats and its one embed, <figure> (an image of the media library with its caption).
import Quill from 'quill';

export const Delta = Quill.import('delta');
const BlockEmbed = Quill.import('blots/block/embed');
export const ICONS = Quill.import('ui/icons');

/**
 * The only formats an editor keeps: whatever else is pasted or loaded (colours, fonts, sizes, loose images…) is
 * dropped. "figure" is the one embed: an image of the media library with its caption (see FigureBlot).
 */
export const EDITOR_FORMATS = ['header', 'bold', 'italic', 'underline', 'link', 'list', 'blockquote', 'figure'];
export const ALLOWED_FORMATS = new Set(EDITOR_FORMATS);

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

export function setAppBase(mediaBase) {
  if (mediaBase && /\/media\/?$/.test(mediaBase)) {
    appBase = mediaBase.replace(/media\/?$/, '');
  }
}

/** "~/media/x.jpg" as the browser can load it ("/hoa-an/media/x.jpg"); other addresses unchanged. */
function resolveAppRelative(src) {
  return src.indexOf('~/') === 0 ? appBase + src.slice(2) : src;
}

/** The value of a figure ({ src, alt, caption }, cleaned), or null when it isn't one the editor keeps. */
export function figureValue(value) {
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
