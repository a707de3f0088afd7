"""The pandas baseline of `npm run bench` (scripts/bench-engine.mjs): the same grading of the bench's
order ledger that `crm-grader grade` does, written the way a pandas user would write it, as fast as
pandas goes (read_csv with the columns' types given and dates parsed with their format, groupby,
nunique, searchsorted bands, to_csv).

usage: python3 pandas_grade.py ledger.csv graded.csv

The ledger is the bench's: 订单号 (order number, on every line), 客户编号 (customer id, text),
下单日期 (ISO dates), 数量, 金额. The output has one row per customer: days since the last order,
distinct orders and amount of the 12 months up to the latest order, distinct orders of the 12 months
before, first order, status, R, F, M, RFM code and the value8 segment, with the seed preset's bands
(R 0/31/91 -> 5/3/1, F 0/5/10 -> 1/3/5, M 0/200000/500000 -> 1/3/5).
"""
import sys

import numpy as np
import pandas as pd

ID, DATE, ORDER, AMOUNT = '客户编号', '下单日期', '订单号', '金额'
SEGMENTS = np.array(['General win-back', 'Important win-back', 'General retention', 'Important retention',
                     'General development', 'Important development', 'General value', 'Important value'])


def band(values, starts, scores):
    """The score of the last band whose start is at or below each value (an approximate VLOOKUP); NaN
    below the first start (a credit balance), which leaves the customer ungraded."""
    at = np.searchsorted(starts, values.to_numpy(), side='right') - 1
    return pd.Series(np.where(at >= 0, np.asarray(scores, dtype=float)[at.clip(0)], np.nan), index=values.index)


def main(path, out):
    df = pd.read_csv(path, usecols=[ID, DATE, ORDER, AMOUNT], dtype={ID: str, ORDER: str, AMOUNT: float},
                     encoding='utf-8-sig')
    df[DATE] = pd.to_datetime(df[DATE], format='%Y-%m-%d')
    as_of = df[DATE].max()
    window = as_of - pd.DateOffset(months=12)
    before = as_of - pd.DateOffset(months=24)
    by_customer = df.groupby(ID, sort=False)
    customers = pd.DataFrame({'last': by_customer[DATE].max(), 'first': by_customer[DATE].min()})
    recent = df[df[DATE] >= window].groupby(ID, sort=False)
    earlier = df[(df[DATE] >= before) & (df[DATE] < window)].groupby(ID, sort=False)
    customers['orders'] = recent[ORDER].nunique()
    customers['amount'] = recent[AMOUNT].sum()
    customers['previous'] = earlier[ORDER].nunique()
    customers = customers.fillna({'orders': 0, 'amount': 0.0, 'previous': 0})
    customers['days'] = (as_of - customers['last']).dt.days
    customers['status'] = np.select(
        [(customers['orders'] > 0) & (customers['first'] >= window), customers['orders'] > 0, customers['previous'] > 0],
        ['New', 'Returning', 'Lost'], 'Inactive')
    customers['r'] = band(customers['days'], [0, 31, 91], [5, 3, 1])
    customers['f'] = band(customers['orders'], [0, 5, 10], [1, 3, 5])
    customers['m'] = band(customers['amount'].round(6), [0, 200000, 500000], [1, 3, 5])
    customers['code'] = customers['r'] * 100 + customers['f'] * 10 + customers['m']
    graded = customers['code'].notna()
    customers['segment'] = np.where(graded, SEGMENTS[((customers['r'] >= 3) * 4 + (customers['f'] >= 3) * 2 + (customers['m'] >= 3)).to_numpy()], '')
    columns = ['days', 'orders', 'amount', 'previous', 'first', 'status', 'r', 'f', 'm', 'code', 'segment']
    whole = {c: 'Int64' for c in ['orders', 'previous', 'r', 'f', 'm', 'code']}
    customers[columns].astype(whole).to_csv(out, encoding='utf-8-sig', date_format='%Y-%m-%d')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
