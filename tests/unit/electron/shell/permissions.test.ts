import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions, type PermissionSession } from '../../../../electron/shell/permissions';

type RequestHandler = Parameters<PermissionSession['setPermissionRequestHandler']>[0];
type CheckHandler = Parameters<PermissionSession['setPermissionCheckHandler']>[0];

function fakeSession() {
  const installed: { request?: RequestHandler; check?: CheckHandler } = {};
  const session: PermissionSession = {
    setPermissionRequestHandler: (handler) => (installed.request = handler),
    setPermissionCheckHandler: (handler) => (installed.check = handler),
  };
  return { session, installed };
}

const permissions = ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'serial', 'usb', 'unknown'];

describe('denyAllPermissions', () => {
  it.each(permissions)('refuses a request for %s', (permission) => {
    const { session, installed } = fakeSession();
    denyAllPermissions(session);
    const callback = vi.fn();
    installed.request?.({}, permission, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
  });

  it.each(permissions)('answers no to a check for %s', (permission) => {
    const { session, installed } = fakeSession();
    denyAllPermissions(session);
    expect(installed.check).toBeDefined();
    expect(installed.check?.({}, permission)).toBe(false);
  });
});
