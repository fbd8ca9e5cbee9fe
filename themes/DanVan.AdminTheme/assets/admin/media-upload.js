import { TEXT } from './text';

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

export function initUploads(root) {
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
