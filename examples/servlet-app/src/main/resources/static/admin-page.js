// The admin page: mounts the library's administrator view with Chart.js (loaded by the page before this).
const root = document.getElementById('calls-admin');
const { mountAdminView } = await import(root.dataset.api + '/admin.js');
const view = mountAdminView(root, { Chart: window.Chart });
document.querySelector('[data-admin="range"] select').addEventListener('change', (e) => {
  view.refresh({ bucket: e.target.value }).catch(() => {});
});
