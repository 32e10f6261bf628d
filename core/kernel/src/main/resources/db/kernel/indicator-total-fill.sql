-- Fills indicator_total from the values recorded in indicator_value: every value counts for each federation on
-- its path (the ancestry pairs each federation with itself and its ancestors, read from the tenant table alone
-- so that the values are joined by key), under the child of that federation it lies under ('' for its own
-- values); stock_change is the value less the one its federation recorded for the same indicator before it.
-- Run by the changeset that made the table and by IndicatorTotals.refill.
insert into indicator_total (ancestor_id, under_id, module_id, code, period, amount, stock_change)
select ancestry.ancestor_id, ancestry.under_id, v.module_id, v.code, v.period, sum(v.amount), sum(v.delta)
from (select tenant_id, module_id, code, period, amount,
             amount - coalesce(lag(amount) over (partition by tenant_id, module_id, code order by period), 0) as delta
      from indicator_value) v
join (select t.code as tenant_id, a.code as ancestor_id,
             case when t.path = a.path then ''
                  else substring(t.path, length(a.path) + 1, position('/' in substring(t.path, length(a.path) + 1)) - 1) end as under_id
      from tenant t join tenant a on t.path like a.path || '%') ancestry on ancestry.tenant_id = v.tenant_id
group by ancestry.ancestor_id, ancestry.under_id, v.module_id, v.code, v.period
