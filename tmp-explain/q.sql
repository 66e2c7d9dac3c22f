-- old excess
select st.location_id, sum(greatest(0, sl.on_hand + sl.inbound - st.order_up_to) * s.unit_cost)::float8 as excess
      from stock_targets st
      join stock_levels sl on sl.tenant_id = st.tenant_id and sl.sku_id = st.sku_id and sl.location_id = st.location_id
      join skus s on s.tenant_id = st.tenant_id and s.id = st.sku_id
      where st.tenant_id = :t and st.run_id = :run and sl.on_hand + sl.inbound > st.order_up_to
      group by st.location_id
---
-- old forecast actuals
      with fc as (
        select f.sku_id, f.region_id, f.first_week + 7 * (g.i - 1) as week, f.weekly_values[g.i] as value
        from forecasts f cross join lateral generate_subscripts(f.weekly_values, 1) as g(i)
        where f.tenant_id = :t and f.run_id = :run and f.first_week + 7 * (g.i - 1) + 6 <= :asof::date
      ),
      act as (
        select d.sku_id, d.region_id, d.day - (extract(isodow from d.day)::int - 1) as week, sum(d.units_ordered) as units
        from sku_daily d
        where d.tenant_id = :t and d.day >= (select min(week) from fc) and d.day <= :asof::date
        group by 1, 2, 3
      )
      select sum(abs(fc.value - coalesce(act.units, 0)))::float8 as abs_err, sum(fc.value - coalesce(act.units, 0))::float8 as err,
             sum(coalesce(act.units, 0))::float8 as actual, count(distinct fc.week) as weeks
      from fc left join act on act.sku_id = fc.sku_id and act.region_id = fc.region_id and act.week = fc.week
---
-- new forecast actuals
      with fc as materialized (
        select f.sku_id, f.region_id, f.first_week + 7 * (g.i - 1) as week, f.weekly_values[g.i] as value
        from forecasts f
        cross join lateral generate_series(1, least(cardinality(f.weekly_values), (:asof::date - f.first_week + 1) / 7)) as g(i)
        where f.tenant_id = :t and f.run_id = :run and f.first_week + 6 <= :asof::date
      ),
      both_sides as (
        select sku_id, region_id, week, value as fc, 0::float8 as units, true as forecast from fc
        union all
        select d.sku_id, d.region_id, d.day - (extract(isodow from d.day)::int - 1), 0::float8, d.units_ordered::float8, false
        from sku_daily d
        where d.tenant_id = :t and d.day >= (select min(week) from fc) and d.day <= (select max(week) + 6 from fc)
      ),
      per_key as (
        select week, sum(fc) as fc, sum(units) as units from both_sides group by sku_id, region_id, week having bool_or(forecast)
      )
      select sum(abs(fc - units))::float8 as abs_err, sum(fc - units)::float8 as err, sum(units)::float8 as actual, count(distinct week) as weeks
      from per_key
