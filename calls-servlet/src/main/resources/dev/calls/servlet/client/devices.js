// Choosing the microphone and camera during a call, through the IFrame API (getAvailableDevices,
// setAudioInputDevice, setVideoInputDevice).

import { el } from './dom.js';

/** A panel with one list per kind of device; fills itself from the meeting API each time it opens. */
export class DevicePanel {
  constructor(id, getApi) {
    this.getApi = getApi;
    this.root = el('div', { class: 'calls-devices', id, role: 'group', 'aria-label': 'Devices', hidden: true });
  }

  get open() {
    return !this.root.hidden;
  }

  async show() {
    this.root.hidden = false;
    const api = this.getApi();
    let devices = {};
    let current = {};
    try {
      devices = (await api?.getAvailableDevices?.()) || {};
      current = (await api?.getCurrentDevices?.()) || {};
    } catch (e) { /* the lists stay empty */ }
    const lists = [
      ['audioInput', 'Microphone', (d) => api.setAudioInputDevice(d.label, d.deviceId)],
      ['videoInput', 'Camera', (d) => api.setVideoInputDevice(d.label, d.deviceId)],
    ].filter(([kind]) => (devices[kind] || []).length)
      .map(([kind, label, choose]) => this.list(kind, label, devices[kind], current[kind], choose));
    this.root.replaceChildren(...(lists.length ? lists : [el('p', { text: 'No devices to choose from.' })]));
    this.root.querySelector('select')?.focus();
  }

  hide() {
    this.root.hidden = true;
  }

  list(kind, label, devices, current, choose) {
    const id = this.root.id + '-' + kind;
    const select = el('select', { id, 'data-calls-device': kind },
      ...devices.map((d, i) => el('option', { value: String(i), text: d.label || label + ' ' + (i + 1) })));
    const at = devices.findIndex((d) => current && d.deviceId === current.deviceId);
    if (at >= 0) select.value = String(at);
    select.addEventListener('change', () => {
      try { choose(devices[Number(select.value)]); } catch (e) { /* the frame may be gone */ }
    });
    return el('div', { class: 'calls-device' }, el('label', { for: id, text: label }), select);
  }
}
