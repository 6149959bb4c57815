/** Connections in one process's pool unless DATABASE_POOL_SIZE says otherwise; the LISTEN connection comes on top. */
export const defaultPoolSize = 10;

/** Statement texts each PostgreSQL connection keeps prepared unless DATABASE_PREPARED_STATEMENTS says otherwise (0: none). */
export const defaultPreparedStatements = 500;
