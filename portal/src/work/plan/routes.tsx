import type { RouteObject } from 'react-router';

/**
 * The plan editor's screens, children of /werk/gezinnen/:familyId. Built in its own branch; this stub
 * keeps the workspace's route tree ready to mount them.
 */
export const planEditorRoutes: RouteObject[] = [];
