# Benchmark: a small recursive ray tracer. A Vector class with operator methods
# (__add__, __sub__, __mul__, __rmul__, __neg__), spheres and planes as classes
# with an intersect method, diffuse and specular lighting, shadows and
# reflections. Prints a checksum of the pixel values, not the image.

EPSILON = 1e-6
MAX_DEPTH = 3


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def length(self):
        return self.dot(self) ** 0.5

    def normalized(self):
        return self * (1.0 / self.length())

    def scale(self, other):
        return Vector(self.x * other.x, self.y * other.y, self.z * other.z)

    def __repr__(self):
        return f"Vector({self.x}, {self.y}, {self.z})"


BLACK = Vector(0.0, 0.0, 0.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def point_at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse=0.7, specular=0.3, reflection=0.0, checker=False):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.reflection = reflection
        self.checker = checker

    def color_at(self, point):
        if self.checker and (int(point.x // 1) + int(point.z // 1)) % 2:
            return Vector(0.1, 0.1, 0.1)
        return self.color


class Shape:
    def __init__(self, material):
        self.material = material

    def intersect(self, ray):
        raise NotImplementedError

    def normal_at(self, point):
        raise NotImplementedError


class Sphere(Shape):
    def __init__(self, center, radius, material):
        super().__init__(material)
        self.center = center
        self.radius = radius

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = disc ** 0.5
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Plane(Shape):
    def __init__(self, point, normal, material):
        super().__init__(material)
        self.point = point
        self.normal = normal.normalized()

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene:
    def __init__(self, shapes, lights, ambient):
        self.shapes = shapes
        self.lights = lights
        self.ambient = ambient

    def nearest_hit(self, ray):
        best_t = None
        best_shape = None
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t, best_shape = t, shape
        return best_t, best_shape

    def in_shadow(self, point, light):
        to_light = light.position - point
        distance = to_light.length()
        ray = Ray(point, to_light)
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth=0):
        t, shape = self.nearest_hit(ray)
        if shape is None:
            # Sky: a vertical gradient.
            k = 0.5 * (ray.direction.y + 1.0)
            return (1.0 - k) * Vector(1.0, 1.0, 1.0) + k * Vector(0.5, 0.7, 1.0)
        point = ray.point_at(t)
        normal = shape.normal_at(point)
        material = shape.material
        base = material.color_at(point)
        color = base.scale(self.ambient)
        for light in self.lights:
            if self.in_shadow(point, light):
                continue
            to_light = (light.position - point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0:
                color += base.scale(light.color) * (lambert * material.diffuse)
                half = (to_light - ray.direction).normalized()
                spec = max(normal.dot(half), 0.0) ** 32
                color += light.color * (spec * material.specular)
        if material.reflection > 0 and depth < MAX_DEPTH:
            reflected = ray.direction - normal * (2 * ray.direction.dot(normal))
            color += self.trace(Ray(point, reflected), depth + 1) * material.reflection
        return color


def clamp(v):
    return 0 if v < 0 else 255 if v > 1 else int(v * 255)


def render(scene, width, height):
    eye = Vector(0.0, 1.2, -4.0)
    pixels = []
    for j in range(height):
        y = 1.0 - 2.0 * (j + 0.5) / height
        row = []
        for i in range(width):
            x = (2.0 * (i + 0.5) / width - 1.0) * width / height
            color = scene.trace(Ray(eye, Vector(x, y, 1.6)))
            row.append((clamp(color.x), clamp(color.y), clamp(color.z)))
        pixels.append(row)
    return pixels


def main(width, height):
    scene = Scene(
        [
            Sphere(Vector(0.0, 1.0, 1.0), 1.0, Material(Vector(0.9, 0.2, 0.2), reflection=0.3)),
            Sphere(Vector(-2.2, 0.7, 2.0), 0.7, Material(Vector(0.2, 0.8, 0.3), specular=0.6)),
            Sphere(Vector(2.0, 0.6, 0.2), 0.6, Material(Vector(0.3, 0.4, 0.9), reflection=0.5)),
            Sphere(Vector(0.6, 0.3, -1.2), 0.3, Material(Vector(0.9, 0.9, 0.2))),
            Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0),
                  Material(Vector(0.9, 0.9, 0.9), reflection=0.2, checker=True)),
        ],
        [
            Light(Vector(-4.0, 6.0, -3.0), Vector(0.8, 0.8, 0.8)),
            Light(Vector(5.0, 4.0, -2.0), Vector(0.4, 0.35, 0.3)),
        ],
        Vector(0.1, 0.1, 0.1),
    )
    pixels = render(scene, width, height)
    checksum = 0
    histogram = [0] * 8
    for row in pixels:
        for r, g, b in row:
            checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007
            histogram[(r + g + b) * 8 // 766] += 1
    print(f"{width}x{height} pixels, checksum {checksum}")
    print("brightness histogram:", histogram)
    print("centre pixel:", pixels[height // 2][width // 2])
    print(scene.trace(Ray(Vector(0.0, 1.0, -3.0), Vector(0.0, 0.0, 1.0))))


main(288, 216)
