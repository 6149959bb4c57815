import { PGlite } from '@electric-sql/pglite';
let t=Date.now();
const pg = await PGlite.create();
console.log('create', Date.now()-t); t=Date.now();
await pg.exec('create table a(id int, d date, u uuid[], n bigint); insert into a values (1, current_date, array[gen_random_uuid()], 5)');
console.log((await pg.query('select * from a')).rows);
const dump = await pg.dumpDataDir('none');
console.log('dump', Date.now()-t, dump.size); t=Date.now();
const pg2 = await PGlite.create({loadDataDir: dump});
console.log('load', Date.now()-t); t=Date.now();
if (pg.clone) { const c = await pg.clone(); console.log('clone', Date.now()-t, (await c.query('select count(*) from a')).rows); }
t=Date.now();
for (let i=0;i<1000;i++) await pg.query('select * from a where id=$1',[1]);
console.log('1000 q', Date.now()-t);
