import { AjvCompiler, type BuildCompilerFromPool, type RouteDefinition } from '@fastify/ajv-compiler';
import { SerializerSelector, type SerializerFactory } from '@fastify/fast-json-stringify-compiler';

/**
 * Fastify's own schema compilers, remembering what they compiled for the whole process. Compiling
 * every request and response schema again costs about a second of CPU each time an app is built,
 * which the integration tests do for every test; the same schema text with the same shared schemas
 * and options gives the same function, so it is compiled once. (Ajv validators keep their last
 * `errors` on the function, which Fastify reads right after the call, so sharing them is safe in
 * one thread.)
 */
export function rememberingCompilers(): { buildValidator: BuildCompilerFromPool; buildSerializer: SerializerFactory } {
  return {
    buildValidator(externalSchemas, options) {
      const compile = buildValidator(externalSchemas, options);
      const context = JSON.stringify([externalSchemas, options]);
      // Fastify calls this with a route definition; the package's types describe it as a bare schema.
      const compileRoute = compile as unknown as (route: RouteDefinition) => unknown;
      const compiler = (route: RouteDefinition) => remember(validators, `${context}${route.httpPart}${JSON.stringify(route.schema)}`, () => compileRoute(route));
      return compiler as unknown as ReturnType<BuildCompilerFromPool>;
    },
    buildSerializer(externalSchemas, options) {
      const compile = buildSerializer(externalSchemas, options);
      const context = JSON.stringify([externalSchemas, options]);
      return (route) => remember(serializers, `${context}${JSON.stringify(route.schema)}`, () => compile(route));
    },
  };
}

const buildValidator = AjvCompiler();
const buildSerializer = SerializerSelector();
const validators = new Map<string, unknown>();
const serializers = new Map<string, unknown>();

function remember<T>(compiled: Map<string, unknown>, key: string, compile: () => T): T {
  if (!compiled.has(key)) compiled.set(key, compile());
  return compiled.get(key) as T;
}
