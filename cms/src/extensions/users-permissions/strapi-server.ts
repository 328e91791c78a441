// The users-permissions plugin's "User" type holds accounts of the public API, which the portal has
// none of (readers never sign in): it is kept out of the newsroom's Content Manager, where it was
// the one type with an English name.
interface Plugin {
  contentTypes: Record<string, { schema: { pluginOptions?: Record<string, unknown> } }>;
}

export default (plugin: Plugin) => {
  const user = plugin.contentTypes.user!.schema;
  user.pluginOptions = { ...user.pluginOptions, 'content-manager': { visible: false } };
  return plugin;
};
