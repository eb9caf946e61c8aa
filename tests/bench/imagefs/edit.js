// The config.json edit of `imprint configure IMAGE --hostname NAME`, done the way balena-cli
// edits an image: balena-image-fs on the boot partition (partition 1 of the bench image),
// read, parse, set, write back. Usage: node edit.js IMAGE HOSTNAME
'use strict';
const { interact } = require('balena-image-fs');
const { promisify } = require('util');

const [image, hostname] = process.argv.slice(2);
interact(image, 1, async (fs) => {
    // fatfs takes options objects only (a bare encoding string is not understood).
    const bytes = await promisify(fs.readFile)('/config.json', {});
    const config = JSON.parse(bytes.toString('utf8'));
    config.hostname = hostname;
    await promisify(fs.writeFile)('/config.json', JSON.stringify(config, null, 2) + '\n', {});
}).catch((error) => {
    console.error(error);
    process.exit(1);
});
