// Built in a temporary directory whose node_modules links to the project's: Turbopack resolves from the filesystem root.
module.exports = { turbopack: { root: '/' } };
