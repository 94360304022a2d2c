from bounceback.learning.families import role_family


def test_role_families():
    assert role_family("Senior Data Engineer") == "data"
    assert role_family("Backend Developer") == "engineering"
    assert role_family("Product Designer") == "design"
    assert role_family("Product Manager") == "product"
    assert role_family("Account Executive") == "sales"
    assert role_family("Staff Nurse") == "healthcare"
    assert role_family("Zookeeper") == "other"
