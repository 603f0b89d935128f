/**
 * The toolbar button's API for the running build. Manifest V3 (Chrome) has `action`; Manifest V2
 * (the Firefox build) has only `browserAction`, so code that always used `action` left the
 * Firefox badge empty without an error.
 */
import type { ActionApi } from './badge';

export interface ToolbarApis {
  runtime: { getManifest(): { manifest_version: number } };
  action?: ActionApi;
  browserAction?: ActionApi;
}

export function toolbarAction(api: ToolbarApis): ActionApi {
  const version = api.runtime.getManifest().manifest_version;
  const action = version >= 3 ? api.action : api.browserAction;
  if (!action) {
    throw new Error(
      `Manifest V${version} build without ${version >= 3 ? 'action' : 'browserAction'}: the toolbar badge cannot be shown.`,
    );
  }
  return action;
}
