// Run by Maven before npm: says clearly which Node.js is needed instead of failing later on a syntax error.
// CommonJS and no modern syntax, so that an old Node.js can read it.
var major = parseInt(process.versions.node.split('.')[0], 10);
if (major < 20) {
  console.error('This build needs Node.js 20 or newer (with npm); this machine has ' + process.version
    + '. Install a newer Node.js (https://nodejs.org) and build again.');
  process.exit(1);
}
console.log('Node.js ' + process.version);
