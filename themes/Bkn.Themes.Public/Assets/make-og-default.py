# Draws wwwroot/og-default.png (1200×630): the site emblem of wwwroot/emblem.svg on the site blue, the share picture of
# pages without their own picture. Pure Python (no imaging library): polygons filled by scanlines with 4×4 supersampling.
# Run: python3 themes/Bkn.Themes.Public/Assets/make-og-default.py themes/Bkn.Themes.Public/wwwroot/og-default.png
import math, struct, sys, zlib
W,H,S=1200,630,4   # supersampling factor S×S
def bez(p0,p1,p2,p3,n=24):
    return [tuple((1-t)**3*a+3*(1-t)**2*t*b+3*(1-t)*t*t*c+t**3*d for a,b,c,d in zip(p0,p1,p2,p3)) for t in [i/n for i in range(1,n+1)]]
def shield(inset):
    # emblem.svg outer path in 64×64 units: M32 2 L58 11 V30 C58 46 46 57 32 62 C18 57 6 46 6 30 V11 Z ; inner uses inset
    if inset==0:
        pts=[(32,2),(58,11),(58,30)]+bez((58,30),(58,46),(46,57),(32,62))+bez((32,62),(18,57),(6,46),(6,30))+[(6,11)]
    else:
        pts=[(32,6.5),(54,14),(54,30)]+bez((54,30),(54,43.5),(44,52.8),(32,57.5))+bez((32,57.5),(20,52.8),(10,43.5),(10,30))+[(10,14)]
    return pts
star=[(32,13),(34.9,21),(43.4,21.3),(36.7,26.5),(39,34.7),(32,29.9),(25,34.7),(27.3,26.5),(20.6,21.3),(29.1,21)]
def rect(x,y,w,h): return [(x,y),(x+w,y),(x+w,y+h),(x,y+h)]
scale=7.6; ox=(W-64*scale)/2; oy=(H-64*scale)/2-4
def tr(poly): return [(ox+x*scale, oy+y*scale) for x,y in poly]
layers=[]  # (polygon list (even-odd), color)
outer=tr(shield(0)); inner=tr(shield(1))
# white border: outer shield scaled slightly up
def grow(poly,f):
    cx=ox+32*scale; cy=oy+32*scale
    return [(cx+(x-cx)*f, cy+(y-cy)*f) for x,y in poly]
layers.append(([grow(outer,1.035)],(255,255,255)))
layers.append(([outer],(11,61,145)))
# gold ring: inner shield outline, width ~2.5 units: polygon pair even-odd
layers.append(([grow(inner,1.025),grow(inner,0.975)],(242,169,0)))
layers.append(([tr(star)],(242,169,0)))
for r in (rect(20,43,6,6),rect(29,39,6,10),rect(38,35,6,14)):
    layers.append(([tr(r)],(255,255,255)))
def coverage(polys):
    cov=[[0]*W for _ in range(H)]
    edges=[]
    for poly in polys:
        for i in range(len(poly)):
            (x0,y0),(x1,y1)=poly[i],poly[(i+1)%len(poly)]
            if y0!=y1: edges.append((x0,y0,x1,y1))
    ymin=int(min(min(e[1],e[3]) for e in edges)*S); ymax=int(max(max(e[1],e[3]) for e in edges)*S)+1
    for sy in range(max(0,ymin),min(H*S,ymax)):
        y=(sy+0.5)/S; xs=[]
        for x0,y0,x1,y1 in edges:
            if (y0<=y<y1) or (y1<=y<y0):
                xs.append(x0+(y-y0)*(x1-x0)/(y1-y0))
        xs.sort(); row=cov[sy//S]
        for a,b in zip(xs[0::2],xs[1::2]):
            sa=max(0,int(a*S+0.5)); sb=min(W*S,int(b*S+0.5))
            for sx in range(sa,sb): row[sx//S]+=1
    return cov
# background: vertical gradient #0b3d91 -> #123c69 with a gold band at the bottom
img=[[None]*W for _ in range(H)]
for y in range(H):
    t=y/(H-1); c=tuple(int(a+(b-a)*t) for a,b in zip((18,74,160),(11,40,90)))
    for x in range(W): img[y][x]=c if y<H-18 else (242,169,0)
for polys,color in layers:
    cov=coverage(polys)
    for y in range(H):
        row=cov[y]; irow=img[y]
        for x in range(W):
            a=row[x]
            if a:
                f=a/(S*S); p=irow[x]
                irow[x]=tuple(int(p[i]+(color[i]-p[i])*f+0.5) for i in range(3))
raw=b''.join(b'\x00'+bytes(v for px in r for v in px) for r in img)
def chunk(t,d): return struct.pack('>I',len(d))+t+d+struct.pack('>I',zlib.crc32(t+d)&0xffffffff)
png=b'\x89PNG\r\n\x1a\n'+chunk(b'IHDR',struct.pack('>IIBBBBB',W,H,8,2,0,0,0))+chunk(b'IDAT',zlib.compress(raw,9))+chunk(b'IEND',b'')
open(sys.argv[1],'wb').write(png)
