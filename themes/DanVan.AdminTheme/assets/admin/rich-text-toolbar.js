// The HTML editor's toolbar (Quill 2): format buttons, the block type select and "Chèn ảnh".
import { ICONS } from './rich-text-figure';
import { TEXT } from './text';

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

export function createGroup(...children) {
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

export function createToolbar(editorId) {
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
export function createImageButton() {
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
