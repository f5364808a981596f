# make_inputs.py N DIR: the same N metered electricity readings (MWh, CN-North grid, 2022) as
#   DIR/emissions-N.json  an `emissions calculate` request (cn-2022: grid factor cn-mee/electricity/2022:north)
#   DIR/if-N.yml          a GSF Impact Framework 1.1.0 manifest: Multiply energy × grid/carbon-intensity, summed
# The amounts have at most three decimals and are the same text in both files, so the totals can be compared.
import datetime, json, os, sys

n = int(sys.argv[1])
out = sys.argv[2]
os.makedirs(out, exist_ok=True)
GRID_FACTOR = "0.6776"  # tCO2e/MWh, cn-mee/electricity/2022:north (factors/cn-mee/electricity)


def amount(i):
    # deterministic, varied, 1.000 … 100.999 MWh with three decimals
    return f"{1 + (i * 7919) % 100000 / 1000:.3f}"


amounts = [amount(i) for i in range(n)]
with open(f"{out}/emissions-{n}.json", "w") as f:
    json.dump({"organization": "Peer bench", "period": "2022", "factorSet": "cn-2022", "region": "CN",
               "electricity": [{"amount": f"{a} MWh", "region": "CN-North"} for a in amounts]}, f)

start = datetime.datetime(2022, 1, 1, tzinfo=datetime.timezone.utc)
with open(f"{out}/if-{n}.yml", "w") as f:
    f.write(f"""name: peer-bench-{n}
description: {n} electricity readings (MWh) times the CN-North 2022 grid factor (tCO2e/MWh), summed
tags:
initialize:
  plugins:
    multiply:
      method: Multiply
      path: builtin
      config:
        input-parameters: [energy, grid/carbon-intensity]
        output-parameter: carbon
      parameter-metadata:
        outputs:
          carbon:
            unit: tCO2e
            description: energy times grid intensity
            aggregation-method:
              time: sum
              component: sum
aggregation:
  metrics: [carbon]
  type: both
tree:
  children:
    meters:
      pipeline:
        compute: [multiply]
      defaults:
        grid/carbon-intensity: {GRID_FACTOR}
      inputs:
""")
    for i, a in enumerate(amounts):
        t = (start + datetime.timedelta(seconds=i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        f.write(f"        - timestamp: '{t}'\n          duration: 1\n          energy: {a}\n")
