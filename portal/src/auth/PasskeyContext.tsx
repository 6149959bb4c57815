import { createContext, useContext } from 'react';
import { browserPasskeys, type PasskeySeam } from './webauthn.ts';

export const PasskeyContext = createContext<PasskeySeam>(browserPasskeys);
export const usePasskeys = () => useContext(PasskeyContext);
