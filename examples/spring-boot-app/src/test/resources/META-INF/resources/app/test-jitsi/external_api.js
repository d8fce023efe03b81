// A stand-in for a Jitsi deployment's external_api.js, for the browser tests. It records how each
// JitsiMeetExternalAPI was built (window.__jitsiStandIn.instances) and plays the IFrame API's events the way
// the real one does: videoConferenceJoined after loading, audio/videoMuteStatusChanged on the toggle
// commands, screenSharingStatusChanged on toggleShareScreen, videoConferenceLeft and readyToClose on hangup; it
// lists two microphones and two cameras and records which one the page chooses.
(function () {
  var record = window.__jitsiStandIn = window.__jitsiStandIn || { instances: [] };

  function JitsiMeetExternalAPI(domain, options) {
    var copy = {};
    Object.keys(options || {}).forEach(function (k) { if (k !== 'parentNode') copy[k] = options[k]; });
    var config = (options && options.configOverwrite) || {};
    this.entry = { domain: domain, options: JSON.parse(JSON.stringify(copy)), commands: [], disposed: false,
      hasParentNode: !!(options && options.parentNode) };
    record.instances.push(this.entry);
    this.listeners = {};
    this.audioMuted = !!config.startWithAudioMuted;
    this.videoMuted = !!config.startWithVideoMuted;
    this.frame = document.createElement('iframe');
    this.frame.title = 'Meeting ' + options.roomName;
    this.frame.setAttribute('allow', 'camera; microphone; display-capture; autoplay; clipboard-write');
    // no style sheet: a srcdoc frame lives under the page's content security policy
    this.frame.srcdoc = '<body bgcolor="#263238" text="#cfd8dc"><p>stand-in meeting room</p></body>';
    ((options && options.parentNode) || document.body).appendChild(this.frame);
    var self = this;
    setTimeout(function () {
      self.emit('videoConferenceJoined', { roomName: options.roomName, id: 'local', displayName: (options.userInfo || {}).displayName });
      if (self.videoMuted) self.emit('videoMuteStatusChanged', { muted: true });
    }, 50);
  }

  JitsiMeetExternalAPI.prototype.addListener = function (name, fn) {
    (this.listeners[name] = this.listeners[name] || []).push(fn);
    return this;
  };
  JitsiMeetExternalAPI.prototype.on = JitsiMeetExternalAPI.prototype.addListener;
  JitsiMeetExternalAPI.prototype.removeListener = function (name, fn) {
    this.listeners[name] = (this.listeners[name] || []).filter(function (f) { return f !== fn; });
    return this;
  };
  JitsiMeetExternalAPI.prototype.emit = function (name, payload) {
    if (this.entry.disposed) return;
    (this.listeners[name] || []).slice().forEach(function (fn) { fn(payload); });
  };
  JitsiMeetExternalAPI.prototype.executeCommand = function (name) {
    var self = this;
    this.entry.commands.push(Array.prototype.slice.call(arguments));
    setTimeout(function () {
      if (name === 'toggleAudio') {
        self.audioMuted = !self.audioMuted;
        self.emit('audioMuteStatusChanged', { muted: self.audioMuted });
      } else if (name === 'toggleVideo') {
        self.videoMuted = !self.videoMuted;
        self.emit('videoMuteStatusChanged', { muted: self.videoMuted });
      } else if (name === 'toggleShareScreen') {
        self.sharing = !self.sharing;
        self.emit('screenSharingStatusChanged', { on: self.sharing });
      } else if (name === 'hangup') {
        self.emit('videoConferenceLeft', { roomName: self.entry.options.roomName });
        self.emit('readyToClose');
      }
    }, 0);
  };
  var DEVICES = {
    audioInput: [{ deviceId: 'mic-1', label: 'Built-in microphone' }, { deviceId: 'mic-2', label: 'Headset microphone' }],
    videoInput: [{ deviceId: 'cam-1', label: 'Built-in camera' }, { deviceId: 'cam-2', label: 'USB camera' }],
    audioOutput: [{ deviceId: 'out-1', label: 'Speakers' }]
  };
  JitsiMeetExternalAPI.prototype.getAvailableDevices = function () { return Promise.resolve(DEVICES); };
  JitsiMeetExternalAPI.prototype.getCurrentDevices = function () {
    var current = this.current = this.current || { audioInput: DEVICES.audioInput[0], videoInput: DEVICES.videoInput[0] };
    return Promise.resolve(current);
  };
  JitsiMeetExternalAPI.prototype.setAudioInputDevice = function (label, deviceId) {
    this.entry.commands.push(['setAudioInputDevice', label, deviceId]);
  };
  JitsiMeetExternalAPI.prototype.setVideoInputDevice = function (label, deviceId) {
    this.entry.commands.push(['setVideoInputDevice', label, deviceId]);
  };
  JitsiMeetExternalAPI.prototype.getIFrame = function () { return this.frame; };
  JitsiMeetExternalAPI.prototype.isAudioMuted = function () { return Promise.resolve(this.audioMuted); };
  JitsiMeetExternalAPI.prototype.isVideoMuted = function () { return Promise.resolve(this.videoMuted); };
  JitsiMeetExternalAPI.prototype.dispose = function () {
    this.entry.disposed = true;
    this.frame.remove();
  };

  window.JitsiMeetExternalAPI = JitsiMeetExternalAPI;
})();
