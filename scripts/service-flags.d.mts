export declare const SERVICE_V8_FLAGS: string[];
