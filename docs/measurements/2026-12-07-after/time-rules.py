#!/usr/bin/env python3
# Time-interval rules compared on repeated same-build runs: each rule's coverage of the many-run mean
# and its mean/median half-width. Usage: time-rules.py RUN_DIR... (each with jmh.json, environment.json)
import json, sys, math, statistics as st
from scipy import stats as ss
runs=sys.argv[1:]
def load(d):
    out={}
    for r in json.load(open(d+"/jmh.json")):
        key=(r["benchmark"].rsplit(".",2)[1]+"."+r["benchmark"].rsplit(".",1)[1], ",".join(f"{k}={v}" for k,v in sorted(r.get("params",{}).items())))
        out[key]=[sum(f)/len(f) for f in r["primaryMetric"]["rawData"]]
    return out
T=[load(d) for d in runs]
def noise(t):
    return st.median(st.stdev(f)/st.mean(f) for f in t.values() if len(f)>1)
N=[noise(t) for t in T]
print("machine noise per run", [round(x,3) for x in N])
keys=[k for k in T[0] if all(k in t for t in T) and not k[0].startswith("Calibration")]
rules={
 "t(n-1) s":lambda s,sm,n: ss.t.ppf(.975,n-1)*s,
 "t(n-1) max(s,sm)":lambda s,sm,n: ss.t.ppf(.975,n-1)*max(s,sm),
 "1.96 max(s,sm)":lambda s,sm,n: 1.96*max(s,sm),
 "2.0 sqrt(s2+sm2)":lambda s,sm,n: 2.0*math.sqrt(s*s+sm*sm),
 "t(n-1) sqrt(s2+sm2)":lambda s,sm,n: ss.t.ppf(.975,n-1)*math.sqrt(s*s+sm*sm),
}
for name,f in rules.items():
    held=tot=0; hws=[]
    for k in keys:
        ms=[st.mean(t[k]) for t in T]; g=st.mean(ms)
        for t,sm in zip(T,N):
            x=t[k]; n=len(x); m=st.mean(x); s=st.stdev(x)/m
            h=f(s,sm,n)/math.sqrt(n)*m
            held+= m-h<=g<=m+h; tot+=1; hws.append(h/m)
    print(f"{name:24s} coverage {held}/{tot} = {100*held/tot:.0f} %  mean hw {100*st.mean(hws):.1f} %  median hw {100*st.median(hws):.1f} %")
D=[]
for d in runs:
    e=json.load(open(d+"/environment.json")).get("drift")
    D.append(abs(e["end"]["fmaPeakGflops"]/e["start"]["fmaPeakGflops"]-1) if e else 0)
print("drift", [round(x,3) for x in D])
for name,f in {"floor ⊕ drift":lambda s,sm,n,d: math.hypot(ss.t.ppf(.975,n-1)*max(s,sm)/math.sqrt(n), 1.96*d/math.sqrt(2)),
               "t s ⊕ drift":lambda s,sm,n,d: math.hypot(ss.t.ppf(.975,n-1)*s/math.sqrt(n), 1.96*d/math.sqrt(2))}.items():
    held=tot=0; hws=[]
    for k in keys:
        ms=[st.mean(t[k]) for t in T]; g=st.mean(ms)
        for t,sm,d in zip(T,N,D):
            x=t[k]; n=len(x); m=st.mean(x); s=st.stdev(x)/m
            h=f(s,sm,n,d)*m
            held+= m-h<=g<=m+h; tot+=1; hws.append(h/m)
    print(f"{name:24s} coverage {held}/{tot} = {100*held/tot:.0f} %  mean hw {100*st.mean(hws):.1f} %  median hw {100*st.median(hws):.1f} %")
