// The meetings form in the reader's own time zone: the zone goes along with the form, the labels name it,
// and the suggested times (rendered in UTC) are shown as local times.
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
for (const input of document.querySelectorAll('input[data-zone]')) input.value = zone;
for (const label of document.querySelectorAll('[data-zone-name]')) label.textContent = '(your time, ' + zone + ')';
for (const input of document.querySelectorAll('input[data-utc]')) {
  if (input.value !== input.defaultValue) continue; // the user typed already
  const at = new Date(input.dataset.utc);
  if (Number.isNaN(at.getTime())) continue;
  input.value = new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}
