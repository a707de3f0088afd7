/**
 * Seed 000, formula 6: customer lifetime value, annual revenue x margin x years - (acquisition cost +
 * maintenance cost). With a discount rate d the revenue term is the present value of `years` end-of-year
 * payments, a x (1 - (1 + d)^-years) / d. The seed gives a dedicated success manager above 5,000,000.
 * @example customerLifetimeValue(2_000_000, 3, 300_000, 200_000) // 5_500_000
 * @example customerLifetimeValue(1000, 2, 0, 0, 1, 0.1) // 1735.537... (1000/1.1 + 1000/1.21)
 */
export function customerLifetimeValue(
  annualRevenue: number,
  years: number,
  acquisitionCost: number,
  maintenanceCost: number,
  margin = 1,
  discountRate = 0,
): number {
  const yearly = annualRevenue * margin;
  const revenue = discountRate === 0
    ? yearly * years
    : (yearly * (1 - Math.pow(1 + discountRate, -years))) / discountRate;
  return revenue - (acquisitionCost + maintenanceCost);
}
